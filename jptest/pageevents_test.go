package jptest_test

import (
	"fmt"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// page_ready runs a request for JavaScript; its answer comes back as
// result_ready, with its id and value.
func TestPageEventsAndAnswers(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.Text("waiting"), jp.ID("out"), jp.In(wp))
		wp.On("page_ready", func(wp *jp.WebPage, _ *jp.Msg) {
			out.Text = "ready"
			wp.RequestJavaScript("sum", "1 + 2")
		})
		wp.On("result_ready", func(_ *jp.WebPage, msg *jp.Msg) {
			out.Text = fmt.Sprintf("%s = %s", msg.RequestID, msg.Result)
		})
		return wp
	}).Open("/")
	p.ShouldSee("waiting")
	if len(p.JavaScript()) != 0 {
		t.Fatalf("before page_ready: %v", p.JavaScript())
	}
	p.PageEvent("page_ready")
	p.ShouldSee("ready")
	if js := p.JavaScript(); len(js) != 1 || js[0].Code != "1 + 2" || js[0].RequestID != "sum" {
		t.Fatalf("the script: %v", js)
	}
	p.Answer("sum", 3)
	p.ShouldSee("sum = 3")
	p.PageEvent("visibilitychange") // not listened for: nothing goes
	p.ShouldSee("sum = 3")
}
