package form

import (
	"fmt"
	"log/slog"
	"sync"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const (
	buttonClasses = "bg-transparent hover:bg-blue-500 text-blue-700 font-semibold hover:text-white py-2 px-4 border border-blue-500 hover:border-transparent rounded m-2"
	inputClasses  = "border m-2 p-2"
)

var (
	mu          sync.Mutex
	sessionData = map[string][]jp.FormField{}
)

func formTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.DisplayURL = "/fill_form"

	form1 := jp.Form(jp.In(wp), jp.Classes("border m-1 p-1 w-64"))

	userLabel := jp.Label(jp.Text("User Name"), jp.Classes("block uppercase tracking-wide text-gray-700 text-xs font-bold mb-2"), jp.In(form1))
	in1 := jp.Input(jp.Placeholder("User Name"), jp.In(form1), jp.Classes("form-input"))
	userLabel.ForComponent(in1)

	passwordLabel := jp.Label(jp.Classes("block uppercase tracking-wide text-gray-700 text-xs font-bold mb-2 mt-2"), jp.In(form1))
	jp.Div(jp.Text("Password"), jp.Classes("block uppercase tracking-wide text-gray-700 text-xs font-bold mb-2"), jp.In(passwordLabel))
	jp.Input(jp.Placeholder("Password"), jp.In(passwordLabel), jp.Classes("form-input"), jp.Type("password"))

	checkLabel := jp.Label(jp.Classes("text-sm block"), jp.In(form1))
	jp.Input(jp.Type("checkbox"), jp.In(checkLabel), jp.Classes("form-checkbox text-blue-500"))
	jp.Span(jp.Text("Send me stuff"), jp.In(checkLabel), jp.Classes("ml-2"))
	jp.Input(jp.Value("Submit Form"), jp.Type("submit"), jp.In(form1), jp.Classes(buttonClasses))

	submitForm := func(self *jp.Element, msg *jp.Msg) error {
		slog.Info("form submitted", "fields", len(msg.FormData))
		msg.Page.Redirect = "/form_submitted"
		mu.Lock()
		sessionData[msg.SessionID] = msg.FormData
		mu.Unlock()
		return nil
	}

	form1.On("submit", submitForm)

	return wp
}

func formSubmitted(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.DisplayURL = "/thanks"
	jp.Div(jp.Text("Thank you for submitting the form"), jp.In(wp), jp.Classes("text-xl m-2 p-2"))
	mu.Lock()
	fields := sessionData[r.SessionID]
	mu.Unlock()
	for _, field := range fields {
		switch {
		case field.Type == "text" || field.Type == "password":
			jp.Div(jp.Text(fmt.Sprintf("%s:  %s", field.Placeholder, field.Value)), jp.In(wp), jp.Classes("text-lg m-1 p-1"))
		case field.Type == "checkbox" && field.Checked:
			jp.Div(jp.Text("We will send you stuff"), jp.In(wp), jp.Classes("text-lg m-1 p-1"))
		}
	}
	return wp
}

// FormTest is JustPy's form_test (tutorial: forms), ported to
// JustGo: a form whose submit handler keeps the form's data for the session
// and redirects to a page that shows it. The address bar reads /fill_form,
// then /thanks.
var FormTest = catalog.Example{Name: "form_test", Doc: "A form whose submit handler keeps the form's data for the session and redirects to a page that shows it", Source: "form_test_.go", App: formTestApp}

// formTestApp is JustPy's jp.justpy(form_test) with its @jp.SetRoute('/form_submitted').
func formTestApp(cfg jp.Config) *jp.App {
	app := catalog.Page(formTest)(cfg)
	jp.Route(app, "/form_submitted", formSubmitted)
	return app
}
