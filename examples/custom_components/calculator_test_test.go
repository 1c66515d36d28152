package customcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

// key presses the calculator's keys, in order.
func key(p *jptest.Page, calc *jptest.Node, keys ...string) {
	for _, k := range keys {
		p.Click(calc.ByRole("button", k))
	}
}

func TestCalculatorTest1(t *testing.T) {
	p := catalogtest.Open(t, CalculatorTest1)
	calcs := p.Root().Kids
	if len(calcs) != 10 {
		t.Fatalf("%d calculators", len(calcs))
	}
	a, b := calcs[0], calcs[7]
	key(p, a, "7", "8", "*", "2", "+", "1")
	if tape, result := a.All("input")[0].Value, a.All("input")[1].Value; tape != " 78 * 2 + 1" || result != "157" {
		t.Errorf("tape %q, result %q", tape, result)
	}
	key(p, a, "=")
	if tape := a.All("input")[0].Value; tape != "157" {
		t.Errorf("= puts the result on the tape: %q", tape)
	}
	key(p, b, "1", ".", "5", "*", "3")
	if result := b.All("input")[1].Value; result != "4.5" {
		t.Errorf("the other calculator: %q", result)
	}
	key(p, b, "C")
	if tape, result := b.All("input")[0].Value, b.All("input")[1].Value; tape != " " || result != "0" {
		t.Errorf("after C: %q %q", tape, result)
	}
	if result := a.All("input")[1].Value; result != "157" {
		t.Errorf("C cleared the first calculator too: %q", result)
	}
}

func TestCalculatorTest2(t *testing.T) {
	p := catalogtest.Open(t, CalculatorTest2)
	calc := p.Root().Kids[0]
	key(p, calc, "9", "-")
	p.ShouldSee("9") // the change came with the 9; "9 -" is no number
	key(p, calc, "4")
	if d := p.Root().Kids[1]; d.Text != "5" {
		t.Errorf("the div shows %q", d.Text)
	}
	key(p, calc, "C")
	if d := p.Root().Kids[1]; d.Text != "0" {
		t.Errorf("after C: %q", d.Text)
	}
}

func TestCalculatorTest3(t *testing.T) {
	p := catalogtest.Open(t, CalculatorTest3)
	calc := p.Root().Kids[0]
	key(p, calc, "6", "*", "7")
	for i, d := range p.Root().Kids[1:] {
		if d.Text != "42" {
			t.Errorf("div %d shows %q", i, d.Text)
		}
	}
}

func TestEval(t *testing.T) {
	for in, want := range map[string]string{" 1 + 2 * 3": "7", " 2.5 * 2": "5.0", " - 3 + 1": "-2", " 7 / 2": "3.5", " 0.1 + 0.2": "0.30000000000000004"} {
		v, err := eval(in)
		if got := pyStr(v, in); err != nil || got != want {
			t.Errorf("%q: %q %v, want %q", in, got, err, want)
		}
	}
	for _, bad := range []string{" 7 *", " ", " 1.2.3", " 1 / 0"} {
		if _, err := eval(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
