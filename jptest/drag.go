package jptest

import "github.com/justgo/justgo/internal/wire"

// Drag drags n and drops it on target, as a person does with the mouse:
// dragstart goes to n and the elements around it that listen for it, then
// drop to target and those around it, both carrying n's id as the client
// sends it (msg.Dragged on the server). A drop reaches only elements that
// accept one, those with a drop handler, as in a browser; n must be
// draggable (jp.Draggable).
func (p *Page) Drag(n, target *Node) {
	p.t().Helper()
	if n.Attr("draggable") != "true" {
		p.t().Fatalf("jptest: the element to drag is not draggable")
	}
	if !shown(p.root, n) || !shown(p.root, target) {
		p.t().Fatalf("jptest: the element to drag, or the one to drop it on, is hidden")
	}
	drag := &wire.Drag{ID: n.Ref}
	p.send(withDrag(p.fire(nil, n, "dragstart", nil), drag)...)
	p.send(withDrag(p.fire(nil, target, "drop", nil), drag)...)
}

// DropText drops text (a selection dragged from elsewhere) on target: the
// drop carries it as text/plain, which the server reads as msg.DragText.
func (p *Page) DropText(target *Node, text string) {
	p.t().Helper()
	p.send(withDrag(p.fire(nil, target, "drop", nil), &wire.Drag{Text: text})...)
}

// withDrag puts the drag's data on the events among msgs.
func withDrag(msgs []wire.ClientMsg, d *wire.Drag) []wire.ClientMsg {
	for i := range msgs {
		if msgs[i].Type == wire.TypeEvent {
			msgs[i].Drag = d
		}
	}
	return msgs
}
