package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHTMLComps5(t *testing.T) {
	p := catalogtest.Open(t, HTMLComps5)
	ps := p.All("p")
	if len(ps) != 10 {
		t.Fatalf("%d paragraphs", len(ps))
	}
	for _, n := range ps {
		if n.Attr("dir") != "rtl" || n.Attr("lang") != "he" || n.Attr("contenteditable") != "true" || n.Text != "אני אוהב לתכנת בפייתון" {
			t.Errorf("a paragraph: %q %v", n.Text, n.Attrs)
		}
	}
}
