// Command form_test is JustPy's form_test (tutorial: forms), ported to
// JustGo: a form whose submit handler keeps the form's data for the session
// and redirects to a page that shows it. The address bar reads /fill_form,
// then /thanks.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/form"
)

func main() { jp.Run(form.FormTest.App) }
