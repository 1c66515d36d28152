package input

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestCompTest(t *testing.T) {
	p := catalogtest.Open(t, CompTest)
	sel := p.All("select")[0]
	if n := len(sel.All("option")); n != 7 {
		t.Fatalf("%d options", n)
	}
	colorDiv := p.All("div")[0]
	p.Select(sel, "teal")
	if colorDiv.Class != "w-32 h-16 m-4 bg-teal-600" {
		t.Errorf("teal: %q", colorDiv.Class)
	}
	p.Select(sel, "purple")
	if colorDiv.Class != "w-32 h-16 m-4 bg-purple-600" {
		t.Errorf("purple: %q", colorDiv.Class)
	}
}
