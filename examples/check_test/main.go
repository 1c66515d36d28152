// Command check_test is JustPy's check_test (tutorial: input), ported to
// JustGo: a checkbox and a text input bound to one value of the page's
// data, so that they stay in step.
package main

import jp "github.com/justgo/justgo"

func checkTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"checked": true}
	label := jp.Label(jp.In(wp), jp.Classes("m-2 p-2 inline-block"))
	jp.Input(jp.Type("checkbox"), jp.Classes("m-2 p-2 form-checkbox"), jp.In(label), jp.Model(wp, "checked"))
	jp.Span(jp.Text("Click to get stuff"), jp.In(label))

	jp.Input(jp.Model(wp, "checked"), jp.In(wp), jp.Classes("border block m-2 p-2"))
	return wp
}

func main() {
	jp.JustPy(checkTest)
}
