package ajax

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHelloTest(t *testing.T) {
	srv := catalogtest.Serve(t, HelloTest)
	status, body := srv.NewUser().Get("/")
	if status != 200 || !strings.Contains(string(body), "Hello! (click me)") {
		t.Fatalf("%d", status)
	}
	if !strings.Contains(string(body), `data-jp-http="1"`) {
		t.Error("the page does not say to send its events by HTTP")
	}
	p := srv.Open("/")
	hellos := p.Root().Kids
	if len(hellos) != 10 {
		t.Fatalf("%d hellos", len(hellos))
	}
	p.Click(hellos[5])
	p.Click(hellos[5])
	if hellos[5].Text != "Hello! I was clicked 2 times" {
		t.Errorf("%q", hellos[5].Text)
	}
}
