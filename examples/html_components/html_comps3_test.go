package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHTMLComps3(t *testing.T) {
	p := catalogtest.Open(t, HTMLComps3)
	if c := p.ByText("Text in italic").Class; c != "italic" {
		t.Errorf("italic's class %q", c)
	}
	if c := p.ByText("Text in bold").Class; c != "font-bold" {
		t.Errorf("bold's class %q", c)
	}
}
