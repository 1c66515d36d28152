package customcomponents

import (
	"errors"
	"strconv"
	"strings"

	jp "github.com/justgo/justgo"
)

// Calculator is the calculator of JustPy's calculator_test1 to 3: a tape of
// what was keyed, the result, and sixteen keys. The three programs' classes
// differ only in what a change does, so they share this one: calculator_test2's
// (a change runs the calculator's "change" handler), with calculator_test3's
// model (Bind).
type Calculator struct {
	*jp.Element
	value        float64
	tape, result *jp.Element
	model        jp.State // Bind's, for calculator_test3's set_model
	key          string
}

const calcBtnClasses = "w-1/4 text-xl font-bold p-2 m-1 border bg-gray-200 hover:bg-gray-700 shadow"

var layoutText = [][]string{{"7", "8", "9", "*"}, {"4", "5", "6", "-"}, {"1", "2", "3", "+"}, {"C", "0", ".", "="}}

// NewCalculator makes a Calculator.
func NewCalculator(opts ...jp.Opt) *Calculator {
	c := &Calculator{}
	c.Element = jp.Make(c, "div", opts...)
	c.tape = jp.Input(jp.Classes("block p-2 m-2  border text-right text-sm bg-gray-200"), jp.In(c), jp.Attr("readonly", ""), jp.Value(" "), jp.Style("width: 90%"))
	c.result = jp.Input(jp.Classes("block p-2 m-2 border text-2xl text-right"), jp.In(c), jp.Attr("readonly", ""), jp.Value("0"), jp.Style("width: 90%"))
	for _, line := range layoutText {
		d := jp.Div(jp.Classes("flex w-auto m-2"), jp.In(c))
		for _, b := range line {
			jp.Button(jp.Text(b), jp.In(d), jp.Classes(calcBtnClasses), jp.On("click", c.calculatorClick))
		}
	}
	return c
}

// Bind makes the calculator keep its value in state[key] (JustPy's
// model=[wp, 'value'] with set_model).
func (c *Calculator) Bind(state jp.State, key string) { c.model, c.key = state, key }

// Value is the calculator's value.
func (c *Calculator) Value() float64 { return c.value }

func (c *Calculator) calculatorClick(self *jp.Element, msg *jp.Msg) error {
	tapeValue, err := eval(c.tape.Value)
	if err != nil {
		tapeValue = 0
	}
	changed := false
	switch self.Text {
	case "C":
		c.result.Value = "0"
		c.tape.Value = " "
		if c.value != 0 {
			c.value = 0
			changed = true
		}
	case "=":
		if c.value != tapeValue {
			c.value = tapeValue
			changed = true
		}
		c.result.Value = pyStr(tapeValue, c.tape.Value)
		c.tape.Value = c.result.Value
	default:
		if strings.ContainsAny(c.tape.Value[len(c.tape.Value)-1:], "*+-/") || strings.Contains("*+-/", self.Text) {
			c.tape.Value += " " + self.Text
		} else {
			c.tape.Value += self.Text
		}
		if tapeValue, err := eval(c.tape.Value); err == nil {
			c.result.Value = pyStr(tapeValue, c.tape.Value)
			if c.value != tapeValue {
				c.value = tapeValue
				changed = true
			}
		}
	}
	if changed {
		if c.model != nil {
			c.model[c.key] = c.value // set_model
		}
		if c.has("change") {
			calcMsg := *msg
			calcMsg.EventType = "change"
			calcMsg.Ref = c.Ref()
			calcMsg.Target = c
			calcMsg.Value = pyStr(c.value, c.tape.Value)
			return c.HandleEvent(&calcMsg)
		}
	}
	return nil
}

// has says whether the calculator has a handler for the event.
func (c *Calculator) has(event string) bool {
	for _, e := range c.Events() {
		if e == event || strings.HasPrefix(e, event+":") {
			return true
		}
	}
	return false
}

// ModelUpdate does nothing: the calculator shows what is keyed, not its
// model (JustPy's model_update: pass).
func (c *Calculator) ModelUpdate() {}

// eval is Python's eval of the tape: numbers, + - * /, unary signs.
func eval(s string) (float64, error) {
	p := &calcParser{toks: strings.Fields(s)}
	v, err := p.expr()
	if err == nil && p.i != len(p.toks) {
		err = errors.New("unexpected " + p.toks[p.i])
	}
	return v, err
}

type calcParser struct {
	toks []string
	i    int
}

func (p *calcParser) peek() string {
	if p.i < len(p.toks) {
		return p.toks[p.i]
	}
	return ""
}

func (p *calcParser) expr() (float64, error) {
	v, err := p.term()
	for err == nil && (p.peek() == "+" || p.peek() == "-") {
		op := p.toks[p.i]
		p.i++
		var w float64
		if w, err = p.term(); op == "+" {
			v += w
		} else {
			v -= w
		}
	}
	return v, err
}

func (p *calcParser) term() (float64, error) {
	v, err := p.unary()
	for err == nil && (p.peek() == "*" || p.peek() == "/") {
		op := p.toks[p.i]
		p.i++
		var w float64
		if w, err = p.unary(); err != nil {
			break
		}
		if op == "*" {
			v *= w
		} else if w == 0 {
			err = errors.New("division by zero")
		} else {
			v /= w
		}
	}
	return v, err
}

func (p *calcParser) unary() (float64, error) {
	switch t := p.peek(); t {
	case "":
		return 0, errors.New("unexpected end")
	case "-", "+":
		p.i++
		v, err := p.unary()
		if t == "-" {
			v = -v
		}
		return v, err
	default:
		p.i++
		return strconv.ParseFloat(t, 64)
	}
}

// pyStr is Python's str of eval's result: an int when no number of the
// tape had a point, a float (with its ".0") otherwise.
func pyStr(v float64, tape string) string {
	if !strings.Contains(tape, ".") && v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eIN") {
		s += ".0"
	}
	return s
}
