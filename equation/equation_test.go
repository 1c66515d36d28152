package equation_test

import (
	"fmt"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/equation"
	"github.com/justgo/justgo/jptest"
)

// The source, the mode and the options are the element's attributes, as
// the first paint writes them; display and options go when unset.
func TestAttributes(t *testing.T) {
	e := jp.Equation(`c = \pm\sqrt{a^2 + b^2}\in\RR`, jp.Classes("text-3xl m-2 p-2"))
	if e.Tag() != "jp-equation" || e.Attr("tex") != `c = \pm\sqrt{a^2 + b^2}\in\RR` || e.Classes != "text-3xl m-2 p-2" {
		t.Errorf("tag %q, tex %q, classes %q", e.Tag(), e.Attr("tex"), e.Classes)
	}
	if _, ok := e.Attrs["display"]; ok {
		t.Error("an inline equation has the display attribute")
	}
	if _, ok := e.Attrs["options"]; ok {
		t.Error("an equation without options has the options attribute")
	}
	e.Options["macros"] = map[string]any{`\RR`: `\mathbb{R}`}
	e.Display = true
	e.React()
	if v, ok := e.Attrs["display"]; !ok || v != "" {
		t.Errorf("display attribute %q, %v", v, ok)
	}
	if got := e.Attr("options"); got != `{"macros":{"\\RR":"\\mathbb{R}"}}` {
		t.Errorf("options %s", got)
	}
	e.Display, e.Options = false, nil
	e.React()
	if _, ok := e.Attrs["display"]; ok {
		t.Error("display stayed")
	}
	if _, ok := e.Attrs["options"]; ok {
		t.Error("options stayed")
	}
	if d := jp.DisplayEquation("x"); d.Attrs["display"] != "" || !d.Display {
		t.Errorf("DisplayEquation: %v", d.Attrs)
	}
}

// JustPy's eq_test: the button's handler appends to the equation and the
// browser is sent the new source; the page links KaTeX's stylesheet, its
// script and the adapter, and a page without an equation links none.
func TestChangeTravelsAndKaTeXIsLinkedWhereUsed(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		var eq1 *equation.Equation
		jp.Button(jp.Text("Modify Equation"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) {
			eq1.Equation += ` +  \sqrt{d} + 1`
		}))
		eq1 = jp.Equation(`c = \pm\sqrt{a^2 + b^2 + c^2}`, jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
		jp.DisplayEquation(`e^{i\pi}+1=0`, jp.In(wp))
		return wp
	})
	jp.Route(app, "/plain", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.P(jp.Text("No maths"), jp.In(wp))
		return wp
	})
	s := jptest.New(t, app)
	p := s.Open("/")
	eqs := p.All("jp-equation")
	if len(eqs) != 2 || eqs[0].Attr("tex") != `c = \pm\sqrt{a^2 + b^2 + c^2}` || eqs[0].Class != "text-3xl m-2 p-2" {
		t.Fatalf("first paint: %d equations, %v", len(eqs), eqs)
	}
	if _, ok := eqs[1].Attrs["display"]; !ok {
		t.Error("the display equation lost its attribute")
	}
	p.Click(p.ByRole("button", "Modify Equation"))
	p.Click(p.ByRole("button", "Modify Equation"))
	if got, want := eqs[0].Attr("tex"), `c = \pm\sqrt{a^2 + b^2 + c^2} +  \sqrt{d} + 1 +  \sqrt{d} + 1`; got != want {
		t.Errorf("after two clicks %q\nwant %q", got, want)
	}

	_, with := s.NewUser().Get("/")
	_, without := s.NewUser().Get("/plain")
	for _, file := range []string{"katex@0.19.1/dist/katex.min.css", "katex@0.19.1/dist/katex.min.js", "/_jp/equation.js?v="} {
		if !strings.Contains(string(with), file) {
			t.Errorf("the page with equations does not link %s", file)
		}
		if strings.Contains(string(without), file) {
			t.Errorf("the page without one links %s", file)
		}
	}
	if n := strings.Count(string(with), "katex.min.js"); n != 1 {
		t.Errorf("KaTeX linked %d times for two equations", n)
	}
}

func ExampleNew() {
	eq := equation.New(`c = \pm\sqrt{a^2 + b^2}`)
	fmt.Println(eq.Attr("tex"))
	eq.Equation += ` + \sqrt{d}` // in a handler: the page calls React before the update
	eq.React()
	fmt.Println(eq.Attr("tex"))
	// Output:
	// c = \pm\sqrt{a^2 + b^2}
	// c = \pm\sqrt{a^2 + b^2} + \sqrt{d}
}
