package page

import (
	"encoding/json"
	"log/slog"

	"github.com/justgo/justgo/internal/wire"
)

// flush computes what changed since the last flush and sends it to every
// connection. The caller holds wp.mu.
func (wp *WebPage) flush() {
	p := wp.diff()
	if p.Empty() {
		return
	}
	wp.version++
	wp.typedAlone = nil // a browser behind the new version gets the whole page anyway
	p.Version = wp.version
	wp.broadcast(&p)
}

func (wp *WebPage) broadcast(p *wire.Patch) {
	if wp.Connections() == 0 {
		return // nobody to tell: not even worth encoding (a page's first render)
	}
	body, err := marshalPatch(p)
	if err != nil {
		return
	}
	wp.connMu.Lock()
	defer wp.connMu.Unlock()
	for c, tab := range wp.conns {
		c.Send(wire.Envelope(wp.handled[tab].n, body))
	}
}

// diff walks the page and returns the changes as a patch; it updates the
// snapshots to the live state. The caller holds wp.mu.
func (wp *WebPage) diff() wire.Patch {
	wp.gen++
	var p wire.Patch
	structural := false
	root := wp.sent[wire.RootID]
	if root == nil {
		root = &snapshot{}
		wp.sent[wire.RootID] = root
	}
	root.gen = wp.gen
	rootOp := wire.Op{ID: wire.RootID}
	if !sameKids(root.kids, wp.comps) {
		kids := wp.kidsOf(wp.comps)
		rootOp.Kids = &kids
		root.kids = root.kids[:0]
		for _, c := range wp.comps {
			root.kids = append(root.kids, c.ID())
		}
		structural = true
	}
	if on := wp.events; !sameEvents(root.on, on) {
		rootOp.On = &on
		root.on = on
	}
	if rootOp.Kids != nil || rootOp.On != nil {
		p.Ops = append(p.Ops, rootOp)
	}
	for _, c := range wp.comps {
		structural = wp.diffTree(c, &p.Ops) || structural
	}
	if structural {
		for id, s := range wp.sent {
			if s.gen != wp.gen {
				delete(wp.sent, id)
			}
		}
	}
	if len(wp.radiosOn) > 0 {
		wp.uncheckGroups()
	}
	wp.diffSettings(&p)
	return p
}

func isRadio(c Component) bool { return c.Tag() == "input" && c.Properties().Attrs["type"] == "radio" }

// uncheckGroups does on the server what the browser does by itself when a
// radio button is checked: it unchecks the others of its name in the same
// form (or outside any form). Of several checked in one group by one
// handler, the last in document order stays, as in the browser, which
// applies them in that order. The caller holds wp.mu.
func (wp *WebPage) uncheckGroups() {
	type group struct {
		form Component
		name string
	}
	on := map[Component]bool{}
	for _, c := range wp.radiosOn {
		on[c] = true
	}
	wp.radiosOn = wp.radiosOn[:0]
	kept := map[group]Component{}
	members := map[group][]Component{}
	var walk func(c, form Component)
	walk = func(c, form Component) {
		if unlock := lockShared(nil, c); unlock != nil {
			defer unlock()
		}
		switch {
		case c.Tag() == "form":
			form = c
		case isRadio(c) && c.Properties().Attrs["name"] != "":
			g := group{form, c.Properties().Attrs["name"]}
			members[g] = append(members[g], c)
			if on[c] {
				kept[g] = c
			}
		}
		for _, k := range c.Components() {
			walk(k, form)
		}
	}
	for _, c := range wp.comps {
		walk(c, nil)
	}
	for g, keep := range kept {
		for _, c := range members[g] {
			if c != keep && c.Properties().Checked {
				c.Properties().Checked = false
				if s := wp.sent[c.ID()]; s != nil {
					s.props.Checked = false // the browser unchecked it already
				}
			}
		}
	}
}

// diffTree appends the ops for c and its subtree and reports whether the
// structure changed. Components new to the browser were sent whole as part
// of their parent's kids and are skipped.
func (wp *WebPage) diffTree(c Component, ops *[]wire.Op) bool {
	if unlock := lockShared(wp, c); unlock != nil {
		defer unlock()
	}
	s := wp.sent[c.ID()]
	if s == nil || s.gen == wp.gen { // sent whole in this flush, or seen twice
		return false
	}
	s.gen = wp.gen
	prepare(c)
	p := c.Properties()
	kids := c.Components()
	op := wire.Op{ID: c.ID()}
	changed := s.diffProps(p, isFormControl(c), &op)
	if op.Checked != nil && *op.Checked && isRadio(c) {
		wp.radiosOn = append(wp.radiosOn, c)
	}
	structural := false
	if on := c.Events(); !sameEvents(s.on, on) {
		list := on // allocated only for a change
		op.On = &list
		changed = true
	}
	htmlCleared := op.HTML != nil && p.InnerHTML == ""
	if htmlCleared {
		t := p.Text
		op.Text = &t
	}
	if htmlCleared || !sameKids(s.kids, kids) {
		list := wp.kidsOf(kids)
		op.Kids = &list
		changed, structural = true, true
	}
	if changed {
		*ops = append(*ops, op)
	}
	s.record(c, p, kids)
	for _, k := range kids {
		structural = wp.diffTree(k, ops) || structural
	}
	return structural
}

// kidsOf lists children for a kids op: a reference for those the browser
// has, the whole subtree for new ones (recording their snapshots).
func (wp *WebPage) kidsOf(kids []Component) []wire.Kid {
	list := make([]wire.Kid, len(kids))
	for i, k := range kids {
		if s, ok := wp.sent[k.ID()]; ok && s.gen != wp.gen {
			list[i].Ref = k.ID()
		} else {
			list[i].Node = wp.node(k)
		}
	}
	return list
}

// node returns the JSON form of c's subtree and records it as sent.
func (wp *WebPage) node(c Component) *wire.Node {
	if unlock := lockShared(wp, c); unlock != nil {
		defer unlock()
	}
	prepare(c)
	p := c.Properties()
	kids := c.Components()
	n := &wire.Node{ID: c.ID(), Tag: c.Tag(), Text: p.Text, Class: p.Classes, Style: p.Style, Attrs: sendableAttrs(isFormControl(c), p.Attrs), On: c.Events()}
	if !p.Show {
		n.Show = new(bool)
	}
	if p.Value != "" {
		n.Value = &p.Value
	}
	if p.Checked {
		n.Checked = &p.Checked
		if isRadio(c) {
			wp.radiosOn = append(wp.radiosOn, c)
		}
	}
	if p.InnerHTML != "" {
		n.HTML = &p.InnerHTML
	}
	s := wp.sent[c.ID()]
	if s == nil {
		s = &snapshot{}
		wp.sent[c.ID()] = s
	}
	s.gen = wp.gen
	s.record(c, p, kids)
	if p.InnerHTML == "" && len(kids) > 0 {
		n.Kids = make([]wire.Kid, len(kids))
		for i, k := range kids {
			n.Kids[i].Node = wp.node(k)
		}
	}
	return n
}

func (wp *WebPage) diffSettings(p *wire.Patch) {
	if wp.DisplayURL != wp.last.URL {
		p.URL, wp.last.URL = wp.DisplayURL, wp.DisplayURL
	}
	if wp.Title != wp.last.Title {
		p.Title, wp.last.Title = wp.Title, wp.Title
	}
	wp.diffBody(p)
	if wp.Redirect != wp.last.Redirect {
		p.Redirect, wp.last.Redirect = wp.Redirect, wp.Redirect
	}
	if wp.Connections() > 0 { // otherwise they wait for the first browser
		p.Reload, wp.reload = wp.reload, false
		p.JS, wp.js = wp.js, nil
	}
}

// sentBody is what the browsers were last told of the document's settings.
type sentBody struct {
	class, style string
	dark         bool
}

func (wp *WebPage) diffBody(p *wire.Patch) {
	var b wire.Body
	if wp.BodyClasses != wp.lastBody.class {
		b.Class = &wp.BodyClasses
	}
	if wp.BodyStyle != wp.lastBody.style {
		b.Style = &wp.BodyStyle
	}
	if wp.Dark != wp.lastBody.dark {
		b.Dark = &wp.Dark
	}
	if b != (wire.Body{}) {
		p.Body = &b
		wp.lastBody = sentBody{wp.BodyClasses, wp.BodyStyle, wp.Dark}
	}
}

// fullSync returns the whole page as one patch, for a browser whose view
// may be stale: every node is sent whole and the browser reuses the DOM
// nodes it already has. The caller holds wp.mu and has just flushed.
func (wp *WebPage) fullSync() wire.Patch {
	wp.gen++
	kids := make([]wire.Kid, len(wp.comps))
	for i, c := range wp.comps {
		kids[i].Node = wp.node(c)
	}
	wp.sent[wire.RootID].gen = wp.gen
	on := append([]string{}, wp.events...) // [] rather than null: the browser forgets stale ones
	return wire.Patch{Version: wp.version, Ops: []wire.Op{{ID: wire.RootID, Kids: &kids, On: &on}},
		URL: wp.last.URL, Title: wp.last.Title,
		Body: &wire.Body{Class: &wp.lastBody.class, Style: &wp.lastBody.style, Dark: &wp.lastBody.dark}}
}

func marshalPatch(p *wire.Patch) ([]byte, error) {
	body, err := json.Marshal(p)
	if err != nil { // only strings, bools and numbers: cannot happen
		slog.Error("justgo: encoding a patch", "err", err)
	}
	return body, err
}
