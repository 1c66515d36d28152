package jptest_test

import (
	"fmt"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// TriggerWith gives each element the properties it lists; an element that
// stops propagation keeps the event from the one around it.
func TestTriggerWithAndStoppedPropagation(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		log := jp.Div(jp.ID("log"), jp.In(wp))
		outer := jp.Div(jp.ID("outer"), jp.In(wp), jp.AdditionalProperties("pageY"), jp.On("click", func(_ *jp.Element, msg *jp.Msg) {
			log.Text += fmt.Sprintf(" outer %v", msg.EventProps)
		}))
		jp.Div(jp.Text("inner"), jp.In(outer), jp.AdditionalProperties("screenX", "altKey"), jp.On("click", func(_ *jp.Element, msg *jp.Msg) {
			log.Text += fmt.Sprintf("inner %v", msg.EventProps)
		}))
		jp.Div(jp.Text("stopper"), jp.In(outer), jp.EventPropagation(false), jp.On("click", func(*jp.Element, *jp.Msg) { log.Text += " stopper" }))
		jp.Div(jp.Text("quiet"), jp.In(outer), jp.EventPropagation(false)) // listens for nothing: stops nothing
		return wp
	}).Open("/")
	p.TriggerWith(p.ByText("inner"), "click", map[string]any{"screenX": 3, "altKey": true, "pageY": 9, "which": 1})
	if got := p.ByID("log").Text; got != "inner map[altKey:true screenX:3] outer map[pageY:9]" {
		t.Errorf("%q", got)
	}
	p.Click(p.ByText("stopper"))
	if got := p.ByID("log").Text; got != "inner map[altKey:true screenX:3] outer map[pageY:9] stopper" {
		t.Errorf("the stopped click: %q", got)
	}
	p.Click(p.ByText("quiet"))
	if got := p.ByID("log").Text; got != "inner map[altKey:true screenX:3] outer map[pageY:9] stopper outer map[]" {
		t.Errorf("a click on what listens for nothing: %q", got)
	}
}
