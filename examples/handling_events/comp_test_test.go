package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/examples/internal/catalogtest"
)

// compTestStory is what comp_test's page does, for both of its programs.
func compTestStory(t *testing.T, e catalog.Example) {
	p := catalogtest.Open(t, e)
	hello1, hello2 := p.ByText("hello1"), p.ByText("hello2")
	p.Trigger(hello1, "mouseenter")
	p.ShouldSee("entered")
	p.ShouldSee("3 Additional Div")
	if hello1.Class != "border p-2 m-2 text-5xl" {
		t.Errorf("entered: %q", hello1.Class)
	}
	p.Trigger(hello1, "mouseleave")
	if hello1.Text != "left" || hello1.Class != "border p-2 m-2 text-xl" {
		t.Errorf("left: %q %q", hello1.Text, hello1.Class)
	}
	p.Trigger(hello1, "mouseenter")
	p.ShouldSee("4 Additional Div")
	p.Click(hello1)
	p.Click(hello2)
	if hello1.Text != "clicked" || hello2.Text != "clicked" {
		t.Errorf("clicked: %q %q", hello1.Text, hello2.Text)
	}
	p.Trigger(p.ByText("hello3"), "mouseenter")
	if n := len(p.Root().Kids); n != 5 {
		t.Errorf("%d components: only the first div adds one", n)
	}
}

func TestCompTest(t *testing.T)      { compTestStory(t, CompTest) }
func TestEventCompTest(t *testing.T) { compTestStory(t, EventCompTest) }
