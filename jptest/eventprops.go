package jptest

import (
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// TriggerWith is Trigger with the DOM event's properties ("screenX": 240,
// "altKey": true): each element that gets the event gets those of them
// it lists (jp.AdditionalProperties) in msg.EventProps, as the client
// sends them.
func (p *Page) TriggerWith(n *Node, event string, props map[string]any) {
	p.t().Helper()
	if !shown(p.root, n) {
		p.t().Fatalf("jptest: the element to %s is hidden", event)
	}
	msgs := p.fire(nil, n, event, nil)
	for i := range msgs {
		if msgs[i].Type != wire.TypeEvent {
			continue
		}
		names := p.nodes[msgs[i].ID].Attr(wire.AttrEventProps)
		for _, name := range strings.Split(names, wire.EventSep) {
			if v, ok := props[name]; ok && name != "" {
				if msgs[i].EventProps == nil {
					msgs[i].EventProps = map[string]any{}
				}
				msgs[i].EventProps[name] = v
			}
		}
	}
	p.send(msgs...)
}
