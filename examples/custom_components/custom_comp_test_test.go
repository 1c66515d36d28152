package customcomponents

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestCustomCompTest1(t *testing.T) {
	p := catalogtest.Open(t, CustomCompTest1)
	buttons := p.All("button")
	if len(buttons) != 5 || buttons[0].Class != "m-2 bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded-full" {
		t.Fatalf("%d buttons, %q", len(buttons), buttons[0].Class)
	}
	p.Click(buttons[2])
	if buttons[2].Text != "I was clicked" || buttons[1].Text != "Pill Button" {
		t.Errorf("%q %q", buttons[2].Text, buttons[1].Text)
	}
}

func TestCustomCompTest2(t *testing.T) {
	p := catalogtest.Open(t, CustomCompTest2)
	buttons := p.All("button")
	for i, color := range []string{"blue", "red", "yellow", "pink"} {
		if !strings.Contains(buttons[i].Class, "bg-"+color+"-500 hover:bg-"+color+"-700") {
			t.Errorf("button %d: %q", i, buttons[i].Class)
		}
	}
	p.Click(buttons[1])
	p.ShouldSee("I was clicked")
}

// dates are the days the page's calendar dates show, row by row.
func dates(t *testing.T, html []string) []string {
	var days []string
	for _, h := range html {
		i := strings.Index(h, `<span class="text-4xl font-bold">`)
		if i < 0 {
			t.Fatalf("not a date: %s", h)
		}
		rest := h[i+len(`<span class="text-4xl font-bold">`):]
		days = append(days, rest[:strings.Index(rest, "<")])
	}
	return days
}

func TestCustomCompTest3(t *testing.T) {
	p := catalogtest.Open(t, CustomCompTest3)
	rows := p.Root().Kids
	first, second := rows[0].Kids, rows[1].Kids
	if len(first) != 10 || len(second) != 21 {
		t.Fatalf("%d and %d dates", len(first), len(second))
	}
	if !strings.Contains(first[0].HTML, "bg-green-500") || !strings.Contains(first[0].HTML, "Feb") || first[0].Attr("data-animation") != "bounceIn" {
		t.Errorf("the first date: %v %s", first[0].Attrs, first[0].HTML)
	}
	if d := dates(t, []string{second[0].HTML, second[20].HTML}); d[0] != "5" || d[1] != "25" {
		t.Errorf("the second row's days: %v", d)
	}
	p.ShouldSee("2019")
	p.ShouldSee("Jul")
}

func TestCustomCompTest4(t *testing.T) {
	p := catalogtest.Open(t, CustomCompTest4)
	second := p.Root().Kids[1].Kids
	if d := dates(t, []string{second[0].HTML, second[20].HTML}); d[0] != "6" || d[1] != "26" {
		t.Errorf("the days changed after they were made: %v", d)
	}
	if first := p.Root().Kids[0].Kids[0]; !strings.Contains(first.HTML, "bg-teal-500") {
		t.Errorf("%s", first.HTML)
	}
}

func TestCustomCompTest5(t *testing.T) {
	p := catalogtest.Open(t, CustomCompTest5)
	first, second := p.Root().Kids[0].Kids[0], p.Root().Kids[1].Kids[0]
	if !strings.Contains(first.HTML, "bg-purple-500") || !strings.Contains(second.HTML, "bg-red-500") {
		t.Fatalf("colours from the divs' data: %s %s", first.HTML, second.HTML)
	}
	p.Select(p.All("select")[0], "blue")
	if !strings.Contains(second.HTML, "bg-blue-500") || !strings.Contains(first.HTML, "bg-purple-500") {
		t.Errorf("after choosing blue: %s %s", first.HTML, second.HTML)
	}
	if d := dates(t, []string{second.HTML}); d[0] != "6" {
		t.Errorf("day %v", d)
	}
}

func TestAlertTest1(t *testing.T) {
	p := catalogtest.Open(t, AlertTest1)
	p.ShouldSee("hello")
	p.ShouldSee("How is everybody?")
	p.ShouldNotSee("Shalom")
	a := p.ByRole("alert", "")
	if !strings.Contains(a.Class, "bg-teal-100") {
		t.Errorf("the alert: %q", a.Class)
	}
	if svg := a.All("svg"); len(svg) != 1 || svg[0].Attr("viewBox") != "0 0 20 20" || len(svg[0].Kids) != 1 || svg[0].Kids[0].Tag != "path" || !strings.HasPrefix(svg[0].Kids[0].Attr("d"), "M2.93 17.07") {
		t.Errorf("the icon: %v", svg)
	}
}

func TestAlertTest2(t *testing.T) {
	p := catalogtest.Open(t, AlertTest2)
	p.ShouldNotSee("hello")
	p.ShouldSee("Bonjour")
	p.ShouldSee("Dzień dobry")
	p.Click(p.ByText("Konnichiwa"))
	p.ShouldSee("Hello")
	p.ShouldNotSee("Konnichiwa")
	if n := strings.Count(p.Text(), "How is everybody?"); n != 20 {
		t.Errorf("%d alerts", n)
	}
}
