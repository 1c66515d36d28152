package component

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/internal/wire"
)

func TestAdditionalPropertiesAndPropagation(t *testing.T) {
	d := Div(AdditionalProperties("screenX", " pageY ", "", "bad name"), EventPropagation(false))
	if got := d.Attr(wire.AttrEventProps); got != "screenX pageY" {
		t.Errorf("the names: %q", got)
	}
	if _, ok := d.Attrs[wire.AttrStopPropagation]; !ok {
		t.Error("EventPropagation(false) does not stop")
	}
	d.SetEventPropagation(true)
	if _, ok := d.Attrs[wire.AttrStopPropagation]; ok {
		t.Error("SetEventPropagation(true) still stops")
	}
	many := make([]string, wire.MaxEventProps+5)
	for i := range many {
		many[i] = "p" + strings.Repeat("x", i)
	}
	d.SetAdditionalProperties(many...)
	if n := len(strings.Split(d.Attr(wire.AttrEventProps), wire.EventSep)); n != wire.MaxEventProps {
		t.Errorf("%d names kept", n)
	}
}
