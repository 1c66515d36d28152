package jp_test

import (
	"fmt"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// TestHandlersWithoutAnError is JustPy's event_demo1 written as a JustPy
// user would: handlers that return nothing, given to jp.On and to On.
func TestHandlersWithoutAnError(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Div(jp.Text("Not clicked yet"), jp.In(wp), jp.On("click", func(self *jp.Element, msg *jp.Msg) {
			self.Text = "I was clicked"
		}))
		b := jp.Button(jp.Text("count 0"), jp.In(wp))
		n := 0
		b.On("click", func(self *jp.Element, _ *jp.Msg) {
			n++
			self.Text = fmt.Sprintf("count %d", n)
		})
		return wp
	}).Open("/")
	p.Click(p.ByText("Not clicked yet"))
	p.ShouldSee("I was clicked")
	p.Click(p.ByText("count 0"))
	p.ShouldSee("count 1")
}
