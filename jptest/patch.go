package jptest

import (
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// The patches the server sends are applied to the page's nodes by the rules
// of static/client.js: fromWire is its build, applyOp its apply. A change
// to those rules there is a change here; TestModelMatchesFreshRender and
// the browser tests in e2e compare both with a fresh render.

// fromWire builds a node sent whole, reusing the one with its id if the
// page has it, as the client does: everything the node says is applied, and
// what it does not say is cleared.
func (p *Page) fromWire(w *wire.Node) *Node {
	n := p.nodes[w.ID]
	if n == nil {
		n = &Node{Ref: w.ID, Tag: w.Tag, Attrs: map[string]string{}}
		p.nodes[w.ID] = n
	}
	if w.Tag == wire.TextTag {
		n.Text = w.Text
		return n
	}
	attrs := map[string]*string{}
	for k := range n.Attrs {
		if !ownAttr(n, k) {
			attrs[k] = nil
		}
	}
	for k, v := range w.Attrs {
		attrs[k] = &v
	}
	on, kids := w.On, w.Kids
	if on == nil {
		on = []string{}
	}
	if kids == nil {
		kids = []wire.Kid{}
	}
	op := wire.Op{ID: w.ID, Text: &w.Text, Class: &w.Class, Style: &w.Style, Show: ptr(w.Show == nil || *w.Show),
		Attrs: attrs, Props: w.Props, On: &on, HTML: ptr(deref(w.HTML)), Kids: &kids, Checked: ptr(w.Checked != nil && *w.Checked)}
	if w.Value != nil || isControl(n) {
		op.Value = ptr(deref(w.Value))
	}
	p.applyOp(n, &op)
	return n
}

// ownAttr reports whether the attribute name of n is one a node's attrs
// never hold: JustGo's own (the control declaration travels among them),
// or one set from the node's other keys.
func ownAttr(n *Node, name string) bool {
	switch name {
	case "class", "style", "hidden", "checked":
		return true
	case "value":
		return isControl(n)
	case wire.AttrControl:
		return false
	}
	return strings.HasPrefix(name, wire.AttrPrefix)
}

func (p *Page) kid(k wire.Kid) *Node {
	if k.Node != nil {
		return p.fromWire(k.Node)
	}
	return p.nodes[k.Ref]
}

// apply changes the node op names, if the page has it.
func (p *Page) apply(op *wire.Op) {
	if n := p.nodes[op.ID]; n != nil {
		p.applyOp(n, op)
	}
}

// applyOp changes n as the client does. A text node has its text alone;
// while raw HTML stands in for an element's text and children, those wait,
// and raw HTML cleared leaves the element empty for the ones that come
// with it.
func (p *Page) applyOp(n *Node, op *wire.Op) {
	if n.Tag == wire.TextTag {
		if op.Text != nil {
			n.Text = *op.Text
		}
		return
	}
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	if n.Attrs == nil {
		n.Attrs = map[string]string{}
	}
	set(&n.Class, op.Class)
	set(&n.Style, op.Style)
	if op.Show != nil {
		n.Hidden = !*op.Show
	}
	for k, v := range op.Attrs {
		if v == nil {
			delete(n.Attrs, k)
		} else {
			n.Attrs[k] = *v
		}
	}
	if _, ok := op.Attrs[wire.AttrControl]; ok {
		declare(n, n.Attrs[wire.AttrControl])
	}
	stale := p.edited[op.ID] > p.ack // the person typed since: the server's value is old
	if op.Props != nil {
		serverProps(n, op.Props, stale)
	}
	if op.On != nil {
		n.On = *op.On
	}
	if op.HTML != nil && (*op.HTML != "" || n.HTML != "") {
		n.HTML, n.Text, n.Kids = *op.HTML, "", nil
	}
	if n.HTML == "" {
		if op.Text != nil && n.Tag != "textarea" {
			n.Text = *op.Text
		}
		if op.Kids != nil {
			n.Kids = n.Kids[:0:0]
			for _, k := range *op.Kids {
				if kid := p.kid(k); kid != nil {
					n.Kids = append(n.Kids, kid)
				}
			}
		}
	}
	if n.Control != nil {
		p.applyControl(n, op, stale)
		return
	}
	if op.Value != nil {
		switch {
		case !isControl(n) && *op.Value != "":
			n.Attrs["value"] = *op.Value
		case !isControl(n):
			delete(n.Attrs, "value")
		case !stale && n.Attrs["type"] != "file":
			n.Value = *op.Value
		}
	}
	if op.Checked != nil && hasChecked(n) && !stale {
		n.Checked = *op.Checked
	}
}

// reindex maps ids to the nodes now in the page.
func (p *Page) reindex() {
	p.nodes = map[string]*Node{wire.RootID: p.root}
	p.root.walk(func(n *Node) {
		n.page = p
		if n.Ref != "" {
			p.nodes[n.Ref] = n
		}
	})
	for ref := range p.reported { // the client forgets removed elements
		if p.nodes[ref] == nil {
			delete(p.reported, ref)
		}
	}
}

func ptr[T any](v T) *T { return &v }

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
