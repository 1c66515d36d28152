package equations

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/equation"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const integral = `
\f\relax{x} = \int_{-\infty}^\infty \f\hat\xi\,e^{2 \pi i \xi x} \,d\xi
`

const f1 = `
     a + ar + a r^2 + a r^3 + \cdots + a r^{n-1} =
     \sum_{k=0}^{n-1} ar^k =
     a \left(\frac{1-r^{n}}{1-r}\right)
     `

const f2 = `
\displaystyle \frac{1}{\Bigl(\sqrt{\phi \sqrt{5}}-\phi\Bigr) e^{\frac25 \pi}} = 1+\frac{e^{-2\pi}} {1+\frac{e^{-4\pi}} {1+\frac{e^{-6\pi}} {1+\frac{e^{-8\pi}} {1+\cdots} } } }
`

func buttonClick(eq1 *equation.Equation) func(self *jp.Element, msg *jp.Msg) {
	return func(self *jp.Element, msg *jp.Msg) {
		eq1.Equation += " +  \\sqrt{d} + 1"
	}
}

func eqTest(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	btn := jp.Button(jp.Text("Modify Equation"), jp.In(wp), jp.Classes(jp.Styles.ButtonSimple()+" m-2 p-2"))
	eq1 := jp.Equation("c = \\pm\\sqrt{a^2 + b^2 + c^2}", jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	btn.On("click", buttonClick(eq1))
	// Add a macro
	eq2 := jp.Equation(integral, jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	eq2.Options["macros"] = map[string]any{"\\f": "#1f(#2)"}
	jp.Equation(f1, jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	jp.Equation(f2, jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	// Use raw strings when convenient
	e := jp.Equation("c = \\pm\\sqrt{a^2 + b^2}\\in\\RR", jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	e.Options["macros"] = map[string]any{"\\RR": "\\mathbb{R}"}
	e = jp.Equation(`e = \pm\sqrt{c^2 + d^2}\in\RR`, jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	e.Options["macros"] = map[string]any{"\\RR": "\\mathbb{R}"}
	// JustPy's wp.equation adds an equation to the page; here it is an
	// element like the others.
	jp.Equation(`e^{i\pi}+1=0`, jp.In(wp))
	a := jp.Equation(`e^{i\pi}+1=0`, jp.In(wp))
	a.Classes = "bg-blue-500 text-5xl text-white m-2 p-4 inline-block"
	return wp
}

// EqTest is JustPy's eq_test: equations typeset by KaTeX, with macros, and
// one a button changes.
var EqTest = catalog.Example{Name: "eq_test", Doc: "Equations typeset by KaTeX, with macros; a button adds to the first", Source: "eq_test_.go", App: catalog.Page(eqTest)}
