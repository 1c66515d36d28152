package handlingevents

import (
	"bytes"
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestEventDemo3(t *testing.T) {
	var out bytes.Buffer // the handler writes on the page's goroutine, done when TriggerWith returns
	old := output
	output = &out
	t.Cleanup(func() { output = old })
	p := jptest.Serve(t, eventDemo3).Open("/")
	d := p.ByText("Not clicked yet")
	p.TriggerWith(d, "click", map[string]any{"screenX": 240, "pageY": 31, "altKey": true, "which": 1, "button": 0, "buttons": 0, "movementX": 0, "clientX": 12})
	p.ShouldSee("I was clicked")
	if got := out.String(); got != "click map[altKey:true button:0 buttons:0 movementX:0 pageY:31 screenX:240 which:1]\n" {
		t.Errorf("printed %q", got)
	}
}
