package pageevents

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// jptest runs no JavaScript; e2e checks the browser's answer. Here: the
// page asks for it when the page is ready.
func TestRunJavascriptDemo(t *testing.T) {
	p := jptest.Serve(t, runJavascriptDemo).Open("/")
	p.ShouldSee("Result will go here")
	p.ShouldSee("var c = a * b;")
}
