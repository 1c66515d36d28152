package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHTMLComps1(t *testing.T) {
	p := catalogtest.Open(t, HTMLComps1)
	kids := p.Root().Kids
	if len(kids) != 3 || kids[0].Tag != "i" || kids[1].Tag != "br" || kids[2].Tag != "strong" {
		t.Fatalf("the page: %v", p.Root().Kids)
	}
	if p.Text() != "Text in Italic\nText in the Strong element" {
		t.Errorf("text %q", p.Text())
	}
}
