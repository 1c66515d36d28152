package markdown

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestMdTest(t *testing.T) {
	s := catalogtest.Serve(t, MdTest)
	p := s.Open("/")
	list := p.All("div")[0]
	if list.HTML != "<h1>My List</h1>\n" {
		t.Fatalf("first paint: %q", list.HTML)
	}
	add := p.ByRole("button", "Add Item to List")
	p.Click(add)
	p.Click(add)
	p.Click(add)
	want := "<h1>My List</h1>\n<ul>\n<li><em>Item</em> <strong>1</strong></li>\n<li><em>Item</em> <strong>2</strong></li>\n<li><em>Item</em> <strong>3</strong></li>\n</ul>\n"
	if list.HTML != want {
		t.Errorf("after three clicks %q\nwant %q", list.HTML, want)
	}
	p.ShouldSee("Item 3")
	if h := s.Open("/hello").All("div")[0].HTML; h != "<h1>Hello world!</h1>\n" {
		t.Errorf("/hello: %q", h)
	}
}
