package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHTMLComps4(t *testing.T) {
	p := catalogtest.Open(t, HTMLComps4)
	if divs, spans := len(p.All("div")), len(p.All("span")); divs != 10 || spans != 100 {
		t.Errorf("%d divs, %d spans", divs, spans)
	}
	if s := p.ByText("Span #3 in Div #7"); s.Tag != "span" {
		t.Errorf("%v", s)
	}
	if last := p.Root().Kids[9].Kids[9].Text; last != "Span #10 in Div #10" {
		t.Errorf("the last span says %q", last)
	}
}
