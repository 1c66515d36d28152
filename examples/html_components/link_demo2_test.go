package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestLinkDemo2(t *testing.T) {
	p := catalogtest.Open(t, LinkDemo2)
	link := p.ByRole("link", "Scroll to target")
	target := p.ByRole("link", "This is the target - it is linked to first link, click to jump there")
	if link.Attr("href") != "#"+target.Attr("id") || target.Attr("href") != "#"+link.Attr("id") || link.Attr("id") == "" {
		t.Errorf("link %v, target %v", link.Attrs, target.Attrs)
	}
	if n := len(p.All("p")); n != 100 {
		t.Errorf("%d paragraphs", n)
	}
}
