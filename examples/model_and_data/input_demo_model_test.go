package modelanddata

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

// bound is the text of the divs bound to the page's data.
func bound(p *jptest.Page) []string {
	var texts []string
	for _, d := range p.All("div") {
		texts = append(texts, d.Text)
	}
	return texts
}

func allAre(texts []string, want string, n int) bool {
	if len(texts) != n {
		return false
	}
	for _, s := range texts {
		if s != want {
			return false
		}
	}
	return true
}

func TestInputDemoModel1(t *testing.T) {
	p := catalogtest.Open(t, InputDemoModel1)
	in := p.ByPlaceholder("Please type here")
	if in.Value != "Initial text" || !allAre(bound(p), "Initial text", 1) {
		t.Fatalf("first: %q %q", in.Value, bound(p))
	}
	p.Fill(in, "Hello model")
	p.Sync()
	if !allAre(bound(p), "Hello model", 1) {
		t.Errorf("after typing: %q", bound(p))
	}
}

func TestInputDemoModel2(t *testing.T) {
	p := catalogtest.Open(t, InputDemoModel2)
	p.Fill(p.ByPlaceholder("Please type here"), "three times")
	p.Sync()
	if !allAre(bound(p), "three times", 3) {
		t.Errorf("after typing: %q", bound(p))
	}
}

func TestInputDemoModel3(t *testing.T) {
	p := catalogtest.Open(t, InputDemoModel3)
	inputs := p.All("input")
	p.Fill(inputs[3], "from the fourth")
	p.Sync()
	for i, in := range inputs {
		if in.Value != "from the fourth" {
			t.Errorf("input %d: %q", i, in.Value)
		}
	}
	if !allAre(bound(p), "from the fourth", 3) {
		t.Errorf("divs: %q", bound(p))
	}
}

func TestInputDemoModel4(t *testing.T) {
	p := catalogtest.Open(t, InputDemoModel4)
	inputs := p.All("input")
	p.Fill(inputs[0], "to reset")
	p.Sync()
	p.Click(p.ByText("Reset"))
	for i, in := range inputs {
		if in.Value != "" {
			t.Errorf("input %d after Reset: %q", i, in.Value)
		}
	}
	if !allAre(bound(p), "", 3) {
		t.Errorf("divs after Reset: %q", bound(p))
	}
	p.ShouldNotSee("to reset")
}

func TestModelDemo3(t *testing.T) {
	p := catalogtest.Open(t, ModelDemo3)
	if n := strings.Count(p.Text(), "Yada Yada"); n != 4 {
		t.Fatalf("%d corners say Yada Yada:\n%s", n, p.Text())
	}
	p.Type(p.ByPlaceholder("Type here"), "ab")
	p.Sync()
	for _, want := range []string{"top left\nab", "top right\nab ab", "bottom left\nab ab ab", "bottom right\nab ab ab ab"} {
		p.ShouldSee(want)
	}
	p.Clear(p.ByPlaceholder("Type here"))
	p.Sync()
	if n := strings.Count(p.Text(), "Yada Yada"); n != 4 {
		t.Errorf("after clearing, %d corners say Yada Yada", n)
	}
}
