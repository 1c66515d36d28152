package page

import (
	"math"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// eventProps keeps, of the event properties a browser sent, those the
// element lists (wire.AttrEventProps, JustPy's additional_properties):
// at most wire.MaxEventProps, numbers, booleans and strings of at most
// wire.MaxEventPropBytes. A browser can send anything; a handler sees
// only what its element asked for, of the types it expects.
func eventProps(attrs map[string]string, sent map[string]any) map[string]any {
	if len(sent) == 0 || attrs[wire.AttrEventProps] == "" {
		return nil
	}
	var props map[string]any
	for _, name := range strings.Split(attrs[wire.AttrEventProps], wire.EventSep) {
		v, ok := sent[name]
		if !ok || len(props) >= wire.MaxEventProps {
			continue
		}
		switch x := v.(type) {
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				continue
			}
		case bool:
		case string:
			if len(x) > wire.MaxEventPropBytes {
				continue
			}
		default:
			continue // null, objects, arrays: no DOM event property a handler reads
		}
		if props == nil {
			props = map[string]any{}
		}
		props[name] = v
	}
	return props
}
