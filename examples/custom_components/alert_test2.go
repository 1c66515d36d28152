package customcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// ReactiveAlert is alert_test2's MyAlert: it writes its texts into its
// paragraphs in React, before each update.
type ReactiveAlert struct{ *MyAlert }

// NewReactiveAlert makes a ReactiveAlert.
func NewReactiveAlert(title, body string, opts ...jp.Opt) *ReactiveAlert {
	a := &ReactiveAlert{newAlert(title, body)}
	a.build(a, opts)
	return a
}

// React is JustPy's react.
func (a *ReactiveAlert) React() {
	a.titleP.Text = a.TitleText
	a.bodyP.Text = a.BodyText
	a.Text = ""
}

var greetings = []string{"Bonjour", "Hola", "Zdravstvuyte", "Nǐn hǎo", "Salve", "Konnichiwa", "Guten Tag", "Olá", "Anyoung haseyo",
	"Asalaam alaikum", "Goddag", "Shikamoo", "Goedendag", "Yassas", "Dzień dobry", "Selamat siang", "Namaste",
	"Merhaba", "Shalom", " God dag"}

func alertTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for _, greeting := range greetings {
		d := NewReactiveAlert("hello", "How is everybody?", jp.In(wp), jp.Classes("m-2 w-1/4"))
		d.On("click", func(self *jp.Element, msg *jp.Msg) error { // translate
			d.TitleText = "Hello"
			return nil
		})
		d.TitleText = greeting
	}
	return wp
}

// AlertTest2 is JustPy's alert_test2: MyAlert with a React that shows its
// fields, twenty greetings, each turning to Hello when clicked.
var AlertTest2 = catalog.Example{Name: "alert_test2", Doc: "MyAlert with React: twenty greetings, each turning to Hello when clicked", Source: "alert_test2.go", App: catalog.Page(alertTest2)}
