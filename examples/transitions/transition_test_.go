package transitions

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// toggleHidden hides the divs that show and shows the hidden ones; each
// plays its transition. JustPy keeps the list on the button
// (self.div_list); here the closure holds it.
func toggleHidden(divList []*jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		for _, d := range divList {
			if d.HasClass("hidden") {
				d.RemoveClass("hidden")
			} else {
				d.SetClass("hidden")
			}
		}
		return nil
	}
}

func transitionTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	tran := jp.Transition{
		Load:       "transition ease-out duration-1000",
		LoadStart:  "opacity-0 transform scale-0",
		LoadEnd:    "opacity-100 transform scale-100",
		Enter:      "transition ease-out duration-1000",
		EnterStart: "opacity-0 transform scale-0",
		EnterEnd:   "opacity-100 transform scale-1000",
		Leave:      "transition ease-out duration-1000",
		LeaveStart: "opacity-100 transform scale-1000",
		LeaveEnd:   "opacity-0 transform scale-0",
	}
	var divList []*jp.Element
	flexDiv := jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	for range 10 {
		d := jp.Div(jp.In(flexDiv), jp.Text("hello"), jp.Style("height: 150px; width:200px"))
		jp.Pre(jp.Text(" test"), jp.In(d))
		d.SetTransition(tran)
		d.Classes = "border text-xl m-2 h-16 w-16 bg-blue-500"
		divList = append(divList, d)
	}
	jp.Button(jp.Text("Click here"), jp.Classes(jp.Styles.ButtonSimple()+" m-2"), jp.In(wp), jp.On("click", toggleHidden(divList)))
	return wp
}

// TransitionTest is JustPy's transition_test: ten divs that grow in as
// the page loads; a button shrinks them away and brings them back.
var TransitionTest = catalog.Example{Name: "transition_test", Doc: "Ten divs that grow in as the page loads; a button shrinks them away and back", Source: "transition_test_.go", App: catalog.Page(transitionTest)}
