package reference

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestAnimationTest(t *testing.T) {
	p := catalogtest.Open(t, AnimationTest)
	in := p.ByPlaceholder("Enter text to animate")
	p.Fill(in, "Go on")
	p.Click(p.ByText("Animate!"))
	letters := p.Root().Kids[2].Kids
	if len(letters) != 5 || letters[0].Text != "G" || letters[2].HTML != "&nbsp;" || letters[4].Text != "n" {
		t.Fatalf("letters: %v", letters)
	}
	for _, l := range letters {
		if a := l.Attr("data-animation"); !slices.Contains([]string{"fadeInUp", "fadeInDown", "fadeInLeft", "fadeInRight"}, a) {
			t.Errorf("animation %q", a)
		}
	}
	p.Click(p.ByText("Animate!"))
	if n := len(p.Root().Kids[2].Kids); n != 5 {
		t.Errorf("a second click leaves %d letters", n)
	}
}

func TestChildrenTest(t *testing.T) {
	p := catalogtest.Open(t, ChildrenTest)
	top := p.Root().Kids[0]
	if len(top.Kids) != 4 || len(top.Kids[0].Kids) != 2 || top.Kids[0].Kids[1].Text != "s2" || top.Kids[3].Text != "d4" {
		t.Errorf("the tree: %v", top.Kids)
	}
}

func TestClassesTest(t *testing.T) {
	if c := catalogtest.Open(t, ClassesTest).ByText("Classes Example").Class; c != "text-5xl text-white bg-blue-500 hover:bg-blue-700 m-2 p-2 w-64" {
		t.Errorf("%q", c)
	}
}

func TestEntityTest(t *testing.T) {
	p := catalogtest.Open(t, EntityTest)
	text := p.Root().TextContent()
	for _, want := range []string{"a\u0300", "\u2203", "©"} {
		if strings.Count(text, want) != 2 {
			t.Errorf("%q is not shown twice in %q", want, text)
		}
	}
	if strings.Count(text, "\u00a0") != 23 {
		t.Errorf("%d spaces", strings.Count(text, "\u00a0"))
	}
}

func TestEventPropagates(t *testing.T) {
	p := catalogtest.Open(t, EventPropagates)
	p.Click(p.ByText("Div 3"))
	// The inner div's handler, then the main div's, whose text replaces
	// what it showed before its children: both say so.
	p.ShouldSee("main div clicked")
	p.ShouldSee("clicked")
	p.ShouldNotSee("Div 3")

	p = catalogtest.Serve(t, EventPropagates).Open("/no_propagation")
	p.Click(p.ByText("Div 3"))
	p.ShouldSee("clicked")
	p.ShouldNotSee("main div clicked")
	p.ShouldSee("Div 4")
}

func TestInnerHTMLTest(t *testing.T) {
	p := catalogtest.Open(t, InnerHTMLTest)
	for i := 1; i < 11; i++ {
		p.ShouldSee(fmt.Sprintf("%d) Hello!", i))
	}
	if h := p.Root().Kids[0].HTML; h != `<span style="color: orange">1) Hello!</span>` {
		t.Errorf("%q", h)
	}
}

func TestShuffleTest(t *testing.T) {
	orders := map[string]bool{}
	srv := catalogtest.Serve(t, ShuffleTest)
	for range 3 {
		divs := srv.Open("/").Root().Kids[0].Kids
		var texts []string
		for _, d := range divs {
			texts = append(texts, d.Text)
		}
		if len(texts) != 100 || !slices.Contains(texts, "Div 1") || !slices.Contains(texts, "Div 100") {
			t.Fatalf("%d divs", len(texts))
		}
		orders[strings.Join(texts, ",")] = true
	}
	if len(orders) < 2 {
		t.Error("three pages in the same order: not shuffled")
	}
}

func TestStyleTest(t *testing.T) {
	p := catalogtest.Open(t, StyleTest)
	d := p.Root().Kids[9] // " 10"
	if d.Style != "font-size: 10px; color: red" {
		t.Fatalf("%q", d.Style)
	}
	p.Click(d)
	p.Click(d)
	if d.Style != "font-size: 40px; color: green" || p.Root().Kids[8].Style != "font-size: 9px; color: red" {
		t.Errorf("%q; the one before %q", d.Style, p.Root().Kids[8].Style)
	}
}

func TestInputDemo(t *testing.T) {
	p := catalogtest.Open(t, InputDemo)
	p.Type(p.ByPlaceholder("Type here to change title and url"), "abc")
	if p.Title() != "abc" || !strings.HasSuffix(p.URL(), "/abc") {
		t.Errorf("title %q, address %q", p.Title(), p.URL())
	}
}

func TestJavascriptTest(t *testing.T) {
	p := catalogtest.Open(t, JavascriptTest)
	p.Click(p.ByRole("button", "Run Script"))
	// jptest runs no JavaScript; that it reached the browser shows in
	// Chromium (e2e) — here the page stays as it was.
	p.ShouldSee("Run Script")
}

func TestTestHead(t *testing.T) {
	srv := catalogtest.Serve(t, TestHead)
	status, body := srv.NewUser().Get("/")
	page := string(body)
	head, bodyPart, ok := strings.Cut(page, "</head>")
	if status != 200 || !ok || !strings.Contains(head, `console.log("Hello there from head")`) || !strings.Contains(bodyPart, `console.log("Hello there from body")`) {
		t.Errorf("%d\n%s", status, page)
	}
	srv.Open("/").ShouldSee("Testing...")
}
