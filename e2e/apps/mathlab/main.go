// Command mathlab serves the pages the browser tests of equations and
// Markdown use: JustPy's eq_test and md_test, and a page whose first
// equation comes by patch.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/equation"
	"github.com/justgo/justgo/markdown"
)

// eqTest is JustPy's eq_test, shortened: a button appends to the first
// equation; a macro in the options; one in display mode.
func eqTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	var eq1 *equation.Equation
	jp.Button(jp.Text("Modify Equation"), jp.ID("modify"), jp.Classes(jp.Styles.ButtonSimple()+" m-2 p-2"), jp.In(wp),
		jp.On("click", func(*jp.Element, *jp.Msg) { eq1.Equation += ` +  \sqrt{d} + 1` }))
	eq1 = jp.Equation(`c = \pm\sqrt{a^2 + b^2 + c^2}`, jp.ID("eq1"), jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	rr := jp.Equation(`c = \pm\sqrt{a^2 + b^2}\in\RR`, jp.ID("macro"), jp.Classes("text-3xl m-2 p-2"), jp.In(wp))
	rr.Options["macros"] = map[string]any{`\RR`: `\mathbb{R}`}
	jp.DisplayEquation(`\sum_{k=0}^{n-1} ar^k = a \left(\frac{1-r^{n}}{1-r}\right)`, jp.ID("sum"), jp.In(wp))
	return wp
}

// lateTest has no equation until the button adds one: KaTeX loads then.
func lateTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.Button(jp.Text("Add an equation"), jp.ID("add"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) {
		jp.Equation(`e^{i\pi}+1=0`, jp.ID("late"), jp.In(wp))
	}))
	return wp
}

// mdTest is JustPy's md_test: a button adds an item to a Markdown list.
func mdTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	n := 0
	var md *markdown.Markdown
	jp.Button(jp.Text("Add Item to List"), jp.ID("item"), jp.Classes(jp.Styles.ButtonBordered()+" m-4 p-2"), jp.In(wp),
		jp.On("click", func(*jp.Element, *jp.Msg) {
			n++
			md.Markdown = fmt.Sprintf("%s\n* *Item* **%d**", md.Markdown, n)
		}))
	md = jp.Markdown("# My List", jp.ID("md"), jp.Classes("m-2"), jp.In(wp))
	return wp
}

func main() {
	jp.SetRoute("/late", lateTest)
	jp.SetRoute("/md", mdTest)
	jp.JustPy(eqTest)
}
