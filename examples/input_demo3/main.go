// Command input_demo3 is JustPy's input_demo3 (tutorial: input), ported to
// JustGo: an InputChangeOnly tells the server its value only when it
// loses focus or Enter is pressed, not at each keystroke.
package main

import jp "github.com/justgo/justgo"

const (
	inputClasses = "m-2 bg-gray-200 border-2 border-gray-200 rounded w-64 py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-purple-500"
	pClasses     = "m-2 p-2 h-32 text-xl border-2"
)

func myInput2(div *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		div.Text = self.Value
		return nil
	}
}

func inputDemo3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	in1 := jp.InputChangeOnly(jp.In(wp), jp.Classes(inputClasses), jp.Placeholder("Please type here"))
	div := jp.Div(jp.Text("What you type will show up here only when Input element loses focus or you press Enter"),
		jp.Classes(pClasses), jp.In(wp))
	in1.On("input", myInput2(div))
	in1.On("change", myInput2(div))
	return wp
}

func main() {
	jp.JustPy(inputDemo3)
}
