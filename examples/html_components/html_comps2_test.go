package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHTMLComps2(t *testing.T) {
	p := catalogtest.Open(t, HTMLComps2)
	if n := len(p.All("br")); n != 4 {
		t.Errorf("%d line breaks", n)
	}
	if p.ByText("Text in Italic").Tag != "i" || p.ByText("Text in the Strong element").Tag != "strong" {
		t.Error("the elements are not made by their tags")
	}
}
