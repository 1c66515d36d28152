package equations

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/justgo/justgo/equation"
	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestEqTest(t *testing.T) {
	p := catalogtest.Open(t, EqTest)
	eqs := p.All(equation.Tag)
	if len(eqs) != 8 {
		t.Fatalf("%d equations, want 8", len(eqs))
	}
	first := eqs[0]
	if first.Attr(equation.AttrTeX) != `c = \pm\sqrt{a^2 + b^2 + c^2}` || first.Class != "text-3xl m-2 p-2" {
		t.Fatalf("the first equation: %v %q", first.Attrs, first.Class)
	}
	var opts map[string]map[string]string
	if err := json.Unmarshal([]byte(eqs[1].Attr(equation.AttrOptions)), &opts); err != nil || opts["macros"][`\f`] != "#1f(#2)" {
		t.Errorf("the integral's macro: %v %v", opts, err)
	}
	if !strings.Contains(eqs[4].Attr(equation.AttrOptions), `\\mathbb{R}`) || eqs[7].Class != "bg-blue-500 text-5xl text-white m-2 p-4 inline-block" {
		t.Errorf("macros or classes: %v %q", eqs[4].Attrs, eqs[7].Class)
	}
	btn := p.ByRole("button", "Modify Equation")
	p.Click(btn)
	p.Click(btn)
	if got := first.Attr(equation.AttrTeX); got != `c = \pm\sqrt{a^2 + b^2 + c^2} +  \sqrt{d} + 1 +  \sqrt{d} + 1` {
		t.Errorf("after two clicks: %q", got)
	}
}
