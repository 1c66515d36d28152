package workingwithhtml

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

// threeParagraphs checks the three coloured paragraphs of the chapter.
func threeParagraphs(t *testing.T, p *jptest.Page) {
	t.Helper()
	for _, c := range []struct{ text, color string }{{"Paragraph 1", "red"}, {"Paragraph 2", "blue"}, {"Paragraph 3", "green"}} {
		if n := p.ByText(c.text); n.Tag != "p" || n.Class != "m-2 p-2 text-"+c.color+"-500 text-xl" {
			t.Errorf("%s: <%s class=%q>", c.text, n.Tag, n.Class)
		}
	}
}

func TestInnerDemo(t *testing.T) {
	p := catalogtest.Open(t, InnerDemo)
	p.ShouldSee("Hello there.")
	p.ShouldSee("How are you?")
	p.ShouldSee("Paragraph 2")
	for _, color := range []string{"red", "teal", "purple"} {
		p.ShouldSee(color)
	}
	if d := p.Root().Kids[0]; d.HTML != "<pre>Hello there. \n How are you?</pre>" {
		t.Errorf("inner HTML %q", d.HTML)
	}
}

func TestParseDemo1(t *testing.T) {
	p := catalogtest.Open(t, ParseDemo1)
	threeParagraphs(t, p)
	if root := p.Root().Kids; len(root) != 1 || root[0].Tag != "div" || len(root[0].All("p")) != 3 {
		t.Errorf("the parsed tree: %v", root)
	}
}

func TestParseDemo2(t *testing.T) {
	p := catalogtest.Open(t, ParseDemo2)
	threeParagraphs(t, p)
	p.Click(p.ByText("Paragraph 1")) // no handler
	p.Click(p.ByText("Paragraph 2"))
	p.ShouldSee("I was clicked!")
	p.ShouldSee("Paragraph 1")
	p.ShouldNotSee("Paragraph 2")
}

func TestCommandsDemo2(t *testing.T) {
	p := catalogtest.Open(t, CommandsDemo2)
	threeParagraphs(t, p)
	if root := p.Root().Kids; len(root) != 1 || len(root[0].Kids) != 1 || len(root[0].Kids[0].Kids) != 3 {
		t.Errorf("not div > div > 3 p: %v", root)
	}
}

// The page shows the paragraphs twice, each time followed by the Go that
// builds them, which names the package as asked and builds what is shown.
func TestCommandsDemo1(t *testing.T) {
	p := catalogtest.Open(t, CommandsDemo1)
	text := p.Text()
	for _, want := range []string{
		`root := jp.Div()`,
		`jp.P(jp.In(root), jp.Text("Paragraph 1"), jp.Classes("m-2 p-2 text-red-500 text-xl"))`,
		`justgo.P(justgo.In(root), justgo.Text("Paragraph 3"), justgo.Classes("m-2 p-2 text-green-500 text-xl"))`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the page lacks %s:\n%s", want, text)
		}
	}
	if n := strings.Count(text, "Paragraph 2"); n != 4 { // twice as HTML, twice in the commands
		t.Errorf("Paragraph 2 shows %d times", n)
	}
}
