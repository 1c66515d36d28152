package page

import (
	"html"
	"io"
	"slices"
	"strings"
)

// voidElements have no closing tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// Render writes the HTML of the page's components, as the browser first
// shows them, and records them as sent; it returns the page version the
// HTML shows. Pending changes are sent to connected browsers first.
//
// It runs on the page's goroutine, waiting for what the page is doing.
func (wp *WebPage) Render(w io.Writer) (version uint64, err error) {
	var b strings.Builder
	ok := wp.call(func() {
		wp.flushNow()
		if len(wp.typedAlone) > 0 { // this HTML has the typed values: a version of its own
			wp.version++
			wp.typedAlone = nil
		}
		for _, c := range wp.comps {
			writeHTML(&b, c, wp, nil)
		}
		version = wp.version
	})
	if !ok {
		return 0, ErrUnknownPage
	}
	_, err = io.WriteString(w, b.String())
	return version, err
}

// RenderHTML returns the HTML of one component's subtree.
func RenderHTML(c Component) string {
	var b strings.Builder
	writeHTML(&b, c, nil, nil)
	return b.String()
}

// textTag is the tag of a text node component. Its HTML is a comment
// naming it, which the client removes, and the escaped text.
const textTag = "#text"

// writeHTML writes c's subtree; wp, when not nil, is the page it is for,
// and sel the select c is in, if any.
func writeHTML(b *strings.Builder, c Component, wp *WebPage, sel *Props) {
	if unlock := lockShared(wp, c); unlock != nil {
		defer unlock()
	}
	if wp == nil {
		prepare(c) // a page's Render flushed first, which prepared everything
	}
	p := c.Properties()
	tag := c.Tag()
	if tag == textTag {
		b.WriteString("<!--jp:")
		b.WriteString(c.ID())
		b.WriteString("-->")
		b.WriteString(html.EscapeString(p.Text))
		return
	}
	b.WriteByte('<')
	b.WriteString(tag)
	attr(b, "data-jp", c.ID())
	if on := c.Events(); len(on) > 0 {
		attr(b, "data-jp-on", strings.Join(on, " "))
	}
	if p.Classes != "" {
		attr(b, "class", p.Classes)
	}
	if p.Style != "" {
		attr(b, "style", p.Style)
	}
	if !p.Show {
		b.WriteString(" hidden")
	}
	keys := make([]string, 0, len(p.Attrs))
	control := isFormControl(c)
	for k := range p.Attrs {
		if validAttrName(control, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		attr(b, k, p.Attrs[k])
	}
	if p.Value != "" && tag != "textarea" && tag != "select" {
		attr(b, "value", p.Value)
	}
	switch {
	case tag == "option" && (p.Checked || sel != nil && sel.Value != "" && sel.Value == OptionValue(c)):
		b.WriteString(" selected")
	case p.Checked && tag != "option":
		b.WriteString(" checked")
	}
	b.WriteByte('>')
	if voidElements[tag] {
		return
	}
	switch {
	case p.InnerHTML != "":
		b.WriteString(p.InnerHTML)
	case tag == "textarea":
		b.WriteByte('\n') // the parser drops one leading newline
		b.WriteString(html.EscapeString(p.Value))
	default:
		if tag == "pre" || tag == "listing" {
			b.WriteByte('\n')
		}
		b.WriteString(html.EscapeString(p.Text))
		if tag == "select" {
			sel = p
		}
		for _, k := range c.Components() {
			writeHTML(b, k, wp, sel)
		}
	}
	b.WriteString("</")
	b.WriteString(tag)
	b.WriteByte('>')
}

func attr(b *strings.Builder, name, val string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	b.WriteString(html.EscapeString(val))
	b.WriteByte('"')
}

// validAttrName keeps attribute names from breaking out of the tag, and
// leaves out those that come from Props (value, for a form control) or are
// JustGo's own.
func validAttrName(formControl bool, k string) bool {
	if k == "" || k == "checked" || k == "class" || k == "style" || k == "hidden" || strings.HasPrefix(k, "data-jp") ||
		(formControl && k == "value") {
		return false
	}
	for _, r := range k {
		if r <= ' ' || r == '"' || r == '\'' || r == '>' || r == '/' || r == '=' || r == '<' || r == 0x7f {
			return false
		}
	}
	return true
}
