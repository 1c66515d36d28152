package jptest

import (
	"slices"
	"strconv"
	"time"

	"github.com/justgo/justgo/internal/wire"
)

// nonBubbling are the events that reach only their target.
var nonBubbling = []string{"focus", "blur", "mouseenter", "mouseleave", "load", "scroll"}

// Click clicks n, sending the click if the server listens for it, and
// click__out to the elements listening for it that do not contain n. It
// returns the page the browser then shows: a link (n or around n) into the
// app loads its target, following redirects, and closes this page; a
// click on anything else, a link elsewhere, a target=_blank link or one to
// a #fragment of this page leaves this page, updated.
func (p *Page) Click(n *Node) *Page {
	p.t().Helper()
	inside := pathTo(p.root, n)
	var outs []wire.ClientMsg
	p.root.walk(func(o *Node) {
		if o.Listens(wire.EventClickOut) && !slices.Contains(inside, o) {
			outs = append(outs, wire.ClientMsg{Type: wire.TypeEvent, ID: o.Ref, Event: wire.EventClickOut})
		}
	})
	p.send(outs...) // the browser's capturing listener runs before the click's
	p.Trigger(n, "click")
	if submits(n) {
		path := pathTo(p.root, n)
		for i := len(path) - 1; i >= 0; i-- {
			if path[i].Tag == "form" {
				p.Trigger(path[i], "submit")
				break
			}
		}
	}
	if target, ok := p.linkTarget(n); ok {
		p.Close()
		return p.u.Open(target)
	}
	return p
}

// submits reports whether clicking n submits its form.
func submits(n *Node) bool {
	t := n.Attrs["type"]
	return n.Tag == "button" && (t == "" || t == "submit") || n.Tag == "input" && (t == "submit" || t == "image") ||
		n.Tag == "wa-button" && t == "submit" // a wa-button is type button unless told
}

// Trigger sends an event of any type for n, and waits until the server has
// handled it. As in a browser, the event bubbles: every element from n up
// that the server listens on gets it, n first, until one that stops it
// (jp.EventPropagation(false)); focus, blur, mouseenter and mouseleave
// reach n alone. A declared control whose Control reports
// after the event sends its state first, unless a handler of the event
// carries it (Dispatch).
func (p *Page) Trigger(n *Node, event string) {
	p.t().Helper()
	if !shown(p.root, n) {
		p.t().Fatalf("jptest: the element to %s is hidden", event)
	}
	p.send(p.fire(nil, n, event, nil)...) // with none, nothing goes to the server, as in a browser
}

// Type types text into an input or textarea, key by key, after what it
// holds, as a person does: each keystroke's value reaches the server, and
// "input" events go where the server listens for them. Into an
// InputChangeOnly nothing goes until Change. Into a declared control (a
// wa-input) each key sets its value property and fires input, which the
// client reports as its Control says.
func (p *Page) Type(n *Node, text string) {
	p.t().Helper()
	if n.Control != nil {
		p.typeIntoControl(n, text)
		return
	}
	if changeOnly(n) {
		n.Value += text
		return
	}
	var msgs []wire.ClientMsg
	for _, r := range text {
		n.Value += string(r)
		v := n.Value
		if n.Listens("input") {
			msgs = append(msgs, wire.ClientMsg{Type: wire.TypeEvent, ID: n.Ref, Event: "input", Value: &v})
		} else {
			msgs = append(msgs, wire.ClientMsg{Type: wire.TypeValue, ID: n.Ref, Value: &v})
		}
	}
	p.edited[n.Ref] = p.seq + uint64(len(msgs))
	p.send(msgs...)
}

// Clear empties an input or textarea as backspacing does: the server gets
// "input" if it listens for it, else the empty value; an empty field sends
// nothing, and an InputChangeOnly waits for Change.
func (p *Page) Clear(n *Node) {
	p.t().Helper()
	if n.Control != nil {
		p.clearControl(n)
		return
	}
	if n.Value == "" {
		return
	}
	n.Value = ""
	if changeOnly(n) {
		return
	}
	v := ""
	m := wire.ClientMsg{Type: wire.TypeValue, ID: n.Ref, Value: &v}
	if n.Listens("input") {
		m.Type, m.Event = wire.TypeEvent, "input"
	}
	p.edited[n.Ref] = p.seq + 1
	p.send(m)
}

// Fill replaces what an input or textarea holds with text: Clear, then
// Type.
func (p *Page) Fill(n *Node, text string) {
	p.t().Helper()
	p.Clear(n)
	p.Type(n, text)
}

// Select chooses value in a select, then sends "change" if the server
// listens for it. In a declared control it sets the value property (a
// wa-select's option, a wa-slider's number, a wa-radio-group's choice;
// the one option of a wa-select that takes several) and fires input,
// when its Control reports after it, then change.
func (p *Page) Select(n *Node, value string) {
	p.t().Helper()
	if n.Control != nil {
		p.selectInControl(n, value)
		return
	}
	n.Value = value
	p.changed(n)
}

// SelectMany chooses values (one or more) in a select that allows several,
// then sends "change" if the server listens for it. A declared control
// that takes several (wa.Multiple) gets the list as its value property,
// which the client sends as msg.Values; none chosen is an empty list.
func (p *Page) SelectMany(n *Node, values ...string) {
	p.t().Helper()
	if n.Control != nil {
		p.selectManyInControl(n, values...)
		return
	}
	n.Value = ""
	if len(values) > 0 {
		n.Value = values[0] // the DOM's value of such a select
	}
	p.changed(n, values...)
}

// Change commits what was typed into an input, as leaving it or pressing
// Enter does: the server gets its value and "change" if it listens.
func (p *Page) Change(n *Node) {
	p.t().Helper()
	if n.Control != nil {
		p.send(p.fire(nil, n, "change", nil)...)
		return
	}
	p.changed(n)
}

// Check sets a checkbox or radio button, then sends "change" if the server
// listens for it. Checking a radio button unchecks the others of its group.
// A declared control with a checked state (a wa-switch, a wa-checkbox)
// takes it in its property and fires input, when its Control reports
// after it, then change.
func (p *Page) Check(n *Node, checked bool) {
	p.t().Helper()
	if n.Control != nil {
		p.checkControl(n, checked)
		return
	}
	n.Checked = checked
	msgs := []wire.ClientMsg{}
	if n.Attrs["type"] == "radio" && checked {
		p.root.walk(func(o *Node) {
			if o != n && o.Tag == "input" && o.Attrs["type"] == "radio" && o.Attrs["name"] == n.Attrs["name"] && o.Checked {
				o.Checked = false
				f := false
				msgs = append(msgs, wire.ClientMsg{Type: wire.TypeValue, ID: o.Ref, Value: &o.Value, Checked: &f})
			}
		})
	}
	p.send(msgs...)
	p.changed(n)
}

// changed sends n's value (and, for a select that allows several, the
// chosen values), with "change" if the server listens for it.
func (p *Page) changed(n *Node, values ...string) {
	v, c := n.Value, n.Checked
	m := wire.ClientMsg{Type: wire.TypeValue, ID: n.Ref, Value: &v, Values: values}
	if hasChecked(n) {
		m.Checked = &c
	}
	if n.Listens("change") {
		m.Type, m.Event = wire.TypeEvent, "change"
	}
	p.edited[n.Ref] = p.seq + 1
	p.send(m)
}

// Submit submits a form: the server gets "submit" if it listens for it.
func (p *Page) Submit(form *Node) {
	p.t().Helper()
	p.Trigger(form, "submit")
}

// WaitFor applies what the server pushes (from goroutines of its own, or
// in answer to another browser) until the page shows text, and fails the
// test after Timeout.
func (p *Page) WaitFor(text string) {
	p.t().Helper()
	p.WaitUntil("the page shows "+strconv.Quote(text), func() bool { return p.Sees(text) })
}

// WaitUntil applies what the server pushes until cond holds, and fails the
// test, saying what it waited for, after Timeout.
func (p *Page) WaitUntil(what string, cond func() bool) {
	p.t().Helper()
	if p.overHTTP {
		p.t().Fatalf("jptest: a page that uses HTTP gets nothing pushed")
	}
	timeout := time.After(Timeout)
	for !cond() {
		select {
		case data, ok := <-p.incoming:
			if !ok {
				p.t().Fatalf("jptest: the server closed the connection")
			}
			p.receive(data)
		case <-timeout:
			p.t().Fatalf("jptest: waited %v for %s; the page shows:\n%s", Timeout, what, p.Text())
		}
	}
}

// Sync waits until the server has handled everything this page sent, and
// applies what arrived meanwhile, pushed changes included.
func (p *Page) Sync() {
	p.t().Helper()
	p.send()
}
