package page

import (
	"log/slog"
	"maps"
	"slices"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// diff walks the page and returns the changes as a patch; it updates the
// snapshots to the live state. The caller holds wp.mu.
func (wp *WebPage) diff() wire.Patch {
	wp.gen++
	if w := wp.walk; w != nil {
		w.cursor = 0
		defer func() { w.order, w.visited = w.visited, w.order[:0] }()
	} else if len(wp.sent) >= orderedPage {
		wp.walkState()
	}
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
		kids := wp.kidsOf(wp.comps, reach{}.kids(nil))
		rootOp.Kids = &kids
		root.kids = root.kids[:0]
		for _, c := range wp.comps {
			root.kids = append(root.kids, c.Ref())
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
		structural = wp.diffTree(c, &p.Ops, reach{}) || structural
	}
	if w := wp.walk; w != nil && len(w.skipped) > 0 {
		switch {
		case w.check:
			structural = wp.checkSkipped(&p.Ops) || structural
		case structural:
			wp.keepSkipped()
		}
		w.skipped = w.skipped[:0]
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
// applies them in that order. It reports whether it unchecked any. The
// caller holds wp.mu.
func (wp *WebPage) uncheckGroups() (unchecked bool) {
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
				unchecked = true
				if s := wp.sent[c.Ref()]; s != nil {
					s.props.Checked = false // the browser unchecked it already
				}
			}
		}
	}
	return unchecked
}

// diffTree appends the ops for c and its subtree and reports whether the
// structure changed; r is what its ancestors let a person do. Components
// new to the browser were sent whole as part of their parent's kids and are
// skipped.
func (wp *WebPage) diffTree(c Component, ops *[]wire.Op, r reach) bool {
	if unlock := lockShared(wp, c); unlock != nil {
		defer unlock()
	}
	s := wp.lookup(c)
	if s == nil || s.gen == wp.gen { // sent whole in this flush, or seen twice
		return false
	}
	p := c.Properties()
	if wp.skip(c, p, s, r) {
		return false
	}
	s.gen = wp.gen
	if w := wp.walk; w != nil {
		s.at = int32(len(w.visited))
		w.visited = append(w.visited, s)
	}
	wp.prepare(c)
	p.place(r)
	self := r.self(p)
	s.reach = self.access
	kids := shownKids(c, p)
	op := wire.Op{ID: c.Ref()}
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
	if p.InnerHTML != "" && op.Text != nil { // the raw HTML stands for the text: it waits until cleared
		op.Text = nil
		changed = op.Class != nil || op.Style != nil || op.Show != nil || op.Value != nil ||
			op.Checked != nil || op.HTML != nil || op.Attrs != nil || op.On != nil
	}
	htmlCleared := op.HTML != nil && p.InnerHTML == ""
	if htmlCleared {
		t := p.Text
		op.Text = &t
	}
	if htmlCleared || !sameKids(s.kids, kids) {
		list := wp.kidsOf(kids, self.kids(c))
		op.Kids = &list
		changed, structural = true, true
	}
	if changed {
		*ops = append(*ops, op)
	}
	s.record(c, p, kids)
	wp.takeCalls(c, s, false)
	kr := self.kids(c)
	for i, k := range kids {
		structural = wp.diffTree(k, ops, kr.of(i, k)) || structural
	}
	return structural
}

// lookup finds c's snapshot: where the last diff's walk had the next one,
// most often, or by its id once the tree has changed shape; the walk then
// carries on from there.
func (wp *WebPage) lookup(c Component) *snapshot {
	w := wp.walk
	if w == nil {
		return wp.sent[c.Ref()]
	}
	if w.cursor < len(w.order) {
		if s := w.order[w.cursor]; s.c == c && int(s.at) == w.cursor {
			w.cursor++
			return s
		}
	}
	s := wp.sent[c.Ref()]
	if s != nil && int(s.at) < len(w.order) && w.order[s.at] == s {
		w.cursor = int(s.at) + 1
	}
	return s
}

// orderedPage is the number of elements from which a page keeps the order
// its diff walks them in: below it a lookup by id is as quick, and a small
// page keeps less.
const orderedPage = 64

// walk is what the diff keeps from one walk to the next, for a page big
// enough to keep its order or with tracked subtrees it passed over.
type walk struct {
	// order holds the snapshots in the order the last diff visited them:
	// the next diff, walking the same tree, finds each at the next place
	// instead of looking it up by id (see lookup).
	order, visited []*snapshot
	cursor         int       // where in order the diff's walk is
	skipped        []skipped // the tracked subtrees this diff passed over
	checking       bool      // the diff compares skipped subtrees, to check them
	// check makes the diff compare the tracked subtrees it passes over
	// (DEBUG, the registry's CheckTracking), telling report of a change
	// nothing touched.
	check  bool
	report func(error)
}

// walkState returns the page's walk, making it.
func (wp *WebPage) walkState() *walk {
	if wp.walk == nil {
		wp.walk = &walk{}
	}
	return wp.walk
}

// kidsOf lists children for a kids op: a reference for those the browser
// has, the whole subtree for new ones (recording their snapshots); kr is
// what their parent lets a person do.
func (wp *WebPage) kidsOf(kids []Component, kr kidsReach) []wire.Kid {
	list := make([]wire.Kid, len(kids))
	for i, k := range kids {
		if s, ok := wp.sent[k.Ref()]; ok && s.gen != wp.gen {
			list[i].Ref = k.Ref()
		} else {
			list[i].Node = wp.node(k, kr.of(i, k))
		}
	}
	return list
}

// shownKids are the children the browser builds: none while InnerHTML
// stands in for them.
func shownKids(c Component, p *Props) []Component {
	if p.InnerHTML != "" {
		return nil
	}
	return c.Components()
}

// node returns the JSON form of c's subtree and records it as sent. What
// it points to is copied when c is in a Shared subtree, whose lock is
// released before the node is encoded.
func (wp *WebPage) node(c Component, r reach) *wire.Node {
	if unlock := lockShared(wp, c); unlock != nil {
		defer unlock()
	}
	if c.Tag() != textTag && !ValidTag(c.Tag()) { // a Component of another package's making
		return &wire.Node{ID: c.Ref(), Tag: textTag} // as render writes it: nothing
	}
	wp.prepare(c)
	wp.need(c.Tag())
	p := c.Properties()
	p.place(r)
	kids := shownKids(c, p)
	n := &wire.Node{ID: c.Ref(), Tag: c.Tag(), Text: p.Text, Class: p.Classes, Style: p.Style, On: c.Events()}
	n.Attrs = sendableAttrs(isFormControl(c), p.Attrs)
	if wp.sharedRead > 0 && len(n.Attrs) > 0 {
		n.Attrs = maps.Clone(n.Attrs)
	}
	if !p.Show {
		n.Show = new(bool)
	}
	if p.Value != "" {
		n.Value = ptr(p.Value)
	}
	if p.Checked {
		n.Checked = ptr(true)
		if isRadio(c) {
			wp.radiosOn = append(wp.radiosOn, c)
		}
	}
	if p.InnerHTML != "" {
		n.HTML = ptr(p.InnerHTML)
	}
	if len(p.DOMProps) > 0 || len(p.BuildProps) > 0 {
		n.Props = buildProps(p)
	}
	ctl := controlJSON(p.Control)
	if ctl != "" {
		n.Attrs = maps.Clone(n.Attrs)
		if n.Attrs == nil {
			n.Attrs = map[string]string{}
		}
		n.Attrs[wire.AttrControl] = ctl
	}
	s := wp.sent[c.Ref()]
	if s == nil {
		s = &snapshot{}
		wp.sent[c.Ref()] = s
	}
	s.gen = wp.gen
	self := r.self(p)
	s.reach = self.access
	s.record(c, p, kids)
	s.ctl = ctl
	if g := p.tracked(); g != nil { // compared, as good as: the next diff may skip it
		s.compared(g.n.Load(), r)
	}
	wp.takeCalls(c, s, true)
	if len(kids) > 0 {
		n.Kids = make([]wire.Kid, len(kids))
		kr := self.kids(c)
		for i, k := range kids {
			n.Kids[i].Node = wp.node(k, kr.of(i, k))
		}
	}
	return n
}

// takeCalls queues the calls c has made since s was last sent, to go
// after this flush's ops.
func (wp *WebPage) takeCalls(c Component, s *snapshot, built bool) {
	if q := c.Properties().Calls; q != nil {
		var calls []wire.Call
		calls, s.calls = q.After(s.calls, built)
		wp.calls = append(wp.calls, calls...)
	}
}

// buildProps are the properties a browser building the element sets: its
// DOMProps and BuildProps.
func buildProps(p *Props) map[string]any {
	m := make(map[string]any, len(p.DOMProps)+len(p.BuildProps))
	maps.Copy(m, p.BuildProps)
	maps.Copy(m, p.DOMProps)
	return m
}

// ptr points to a copy of v.
func ptr[T any](v T) *T { return &v }

// diffSettings adds the page settings that changed, and the one-shot
// commands (redirect, reload, JavaScript), which wait for a browser when
// none has the page.
func (wp *WebPage) diffSettings(p *wire.Patch) {
	if wp.DisplayURL != wp.doc.url {
		p.URL, wp.doc.url = wp.DisplayURL, wp.DisplayURL
	}
	if wp.Title != wp.doc.title {
		p.Title, wp.doc.title = ptr(wp.Title), wp.Title
	}
	var b wire.Body
	if wp.BodyClasses != wp.doc.class {
		b.Class = ptr(wp.BodyClasses)
	}
	if wp.BodyStyle != wp.doc.style {
		b.Style = ptr(wp.BodyStyle)
	}
	if wp.Dark != wp.doc.dark {
		b.Dark = ptr(wp.Dark)
	}
	if b != (wire.Body{}) {
		p.Body = &b
		wp.doc.class, wp.doc.style, wp.doc.dark = wp.BodyClasses, wp.BodyStyle, wp.Dark
	}
	if wp.audienceSize() > 0 { // otherwise they wait for the first browser
		p.Reload, wp.reload = wp.reload, false
		p.JS, wp.js = wp.js, nil
		p.Calls, wp.calls = wp.calls, nil
		p.Load, wp.assetsSent = wp.assets[wp.assetsSent:], len(wp.assets)
		p.Redirect, wp.Redirect = wp.RedirectTarget(), ""
	}
}

// RedirectTarget is Redirect if it may be followed: relative, http(s),
// mailto or tel (SafeURL), or any when AllowAnyRedirect is set; "" and a
// warning otherwise. Both the first answer (an HTTP redirect) and a later
// update follow this rule.
func (wp *WebPage) RedirectTarget() string {
	u := wp.Redirect
	if u == "" || wp.AllowAnyRedirect || SafeURL(u) {
		return u
	}
	slog.Warn("justgo: redirect refused: only relative, http(s), mailto and tel URLs are followed", "page", wp.id, "url", u)
	return ""
}

// pendingCommands reports whether one-shot commands wait for a browser.
func (wp *WebPage) pendingCommands() bool {
	return len(wp.js) > 0 || len(wp.calls) > 0 || wp.reload || wp.Redirect != ""
}

// LinkLibraries tells the page which library files an element of a tag
// needs (the App's web components, charts, grids): the page links them in
// its first paint, and a browser loads them once when a later change
// brings the first such element.
func (wp *WebPage) LinkLibraries(fn func(tag string) []wire.Asset) { wp.libraries.Store(&fn) }

// DocumentAssets are the library files the page's first paint needs, once
// Render has returned.
func (wp *WebPage) DocumentAssets() []wire.Asset { return wp.docAssets }

// need records the library files an element of tag needs.
func (wp *WebPage) need(tag string) {
	fn := wp.libraries.Load()
	if fn == nil || !strings.Contains(tag, "-") || wp.neededTags[tag] {
		return
	}
	if wp.neededTags == nil {
		wp.neededTags = map[string]bool{}
	}
	wp.neededTags[tag] = true // asked once per tag, however many elements have it
	for _, a := range (*fn)(tag) {
		if !slices.Contains(wp.assets, a) {
			wp.assets = append(wp.assets, a)
		}
	}
}

// sentDoc is what the browsers were last told of the document's settings.
type sentDoc struct {
	url, title, class, style string
	dark                     bool
}

// fullSync returns the whole page as one patch, for a browser whose view
// may be stale: every node is sent whole and the browser reuses the DOM
// nodes it already has. The caller has just flushed.
func (wp *WebPage) fullSync() wire.Patch {
	wp.gen++
	// Calls waiting for a browser that only bring elements up to date are
	// in what this sends whole.
	wp.calls = slices.DeleteFunc(wp.calls, func(c wire.Call) bool { return c.Update })
	kids := make([]wire.Kid, len(wp.comps))
	for i, c := range wp.comps {
		kids[i].Node = wp.node(c, reach{})
	}
	wp.sent[wire.RootID].gen = wp.gen
	on := append([]string{}, wp.events...) // [] rather than null: the browser forgets stale ones
	d := wp.doc
	return wire.Patch{Version: wp.version, Ops: []wire.Op{{ID: wire.RootID, Kids: &kids, On: &on}},
		URL: d.url, Title: &d.title, Body: &wire.Body{Class: &d.class, Style: &d.style, Dark: &d.dark}}
}

func marshalPatch(p *wire.Patch) ([]byte, error) {
	body, err := wire.MarshalPatch(p)
	if err != nil { // only strings, bools, numbers and JSON values checked when set: cannot happen
		slog.Error("justgo: encoding a patch", "err", err)
	}
	return body, err
}
