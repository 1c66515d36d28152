package beforeafterevents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

var (
	btnClasses          = jp.Styles.ButtonOutline() + " m-2"
	notificationClasses = "m-2 text-center text-xl bg-red-100 border border-red-400 text-red-700 px-4 py-3 rounded w-64"
)

// btnClick shows the button's notification; btnAfter, which runs after it,
// hides it again, for the next update to send (JustPy's self.nl and
// self.list_index are the closure's).
func btnClick(nl *[]*jp.Element, listIndex int) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		(*nl)[listIndex].Show = true
		return nil
	}
}

func btnAfter(nl *[]*jp.Element, listIndex int) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		(*nl)[listIndex].Show = false
		return nil
	}
}

func afterDemo(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	var notificationList []*jp.Element
	for index, btnText := range []string{"First", "Second", "Third"} { // JustPy keeps them in btn_list, which it never reads
		jp.Button(
			jp.Text(btnText+" Button"),
			jp.Classes(btnClasses),
			jp.In(wp),
			jp.On("click", btnClick(&notificationList, index)),
			jp.On("after", btnAfter(&notificationList, index)),
		)
	}
	for _, notificationText := range []string{"First", "Second", "Third"} {
		notificationList = append(notificationList,
			jp.Div(
				jp.Text(notificationText+" Notification"),
				jp.Classes(notificationClasses),
				jp.In(wp),
				jp.Show(false),
			))
	}
	return wp
}

// AfterDemo is JustPy's after_demo (tutorial: before and after events): a
// click shows its button's notification; the after handler hides it, which
// the next click's update sends, so one notification shows at a time.
var AfterDemo = catalog.Example{Name: "after_demo", Doc: "A click shows its notification; the after hook hides it with the next click's update", Source: "after_demo.go", App: catalog.Page(afterDemo)}
