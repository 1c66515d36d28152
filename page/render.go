package page

import (
	"bytes"
	"encoding/json"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// voidElements have no closing tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// Render writes the HTML of the page's components, as the browser first
// shows them, and records them as sent (for a page no browser has had, as
// a sum until one joins: see paint.go); it returns the page version the
// HTML shows. Pending changes are sent to connected browsers first.
//
// It runs on the page's goroutine, waiting for what the page is doing.
func (wp *WebPage) Render(w io.Writer) (version uint64, err error) {
	b, direct := w.(*bytes.Buffer) // the common case: the HTML goes straight in
	if !direct {
		b = new(bytes.Buffer)
	}
	start := b.Len()
	ok := wp.call(func() {
		if wp.unseen() {
			wp.paintUnseen(b, start)
		} else {
			wp.flushNow()
			if len(wp.typedAlone) > 0 { // this HTML has the typed values: a version of its own
				wp.version++
				wp.typedAlone = nil
			}
			wp.writeComps(b)
		}
		version = wp.version
		wp.assetsSent = len(wp.assets)
		wp.docAssets = slices.Clone(wp.assets)
	})
	if !ok {
		return 0, ErrUnknownPage
	}
	if !direct {
		_, err = w.Write(b.Bytes())
	}
	return version, err
}

// writeComps writes the HTML of the page's components.
func (wp *WebPage) writeComps(b *bytes.Buffer) {
	for _, c := range wp.comps {
		writeHTML(b, c, wp, nil)
	}
}

// RenderHTML returns the HTML of one component's subtree.
func RenderHTML(c Component) string {
	var b bytes.Buffer
	writeHTML(&b, c, nil, nil)
	return b.String()
}

// textTag is the tag of a text node component. Its HTML is a comment
// naming it, which the client removes, and the escaped text.
const textTag = wire.TextTag

// writeHTML writes c's subtree; wp, when not nil, is the page it is for,
// and sel the select c is in, if any.
func writeHTML(b *bytes.Buffer, c Component, wp *WebPage, sel *Props) {
	if unlock := lockShared(wp, c); unlock != nil {
		defer unlock()
	}
	switch {
	case wp == nil:
		prepare(c)
	case wp.painting: // a page painted unseen, with no flush first
		wp.prepare(c)
		if p := c.Properties(); p.Checked && isRadio(c) {
			wp.radiosOn = append(wp.radiosOn, c)
		}
	} // otherwise the page's Render flushed first, which prepared everything
	p := c.Properties()
	tag := c.Tag()
	if !writable(c) { // nothing but its place, as the diff sends it: an empty text node
		if id := c.Ref(); !strings.Contains(id, ">") {
			b.WriteString("<!--" + wire.TextMarker + id + "-->")
		}
		return
	}
	if tag == textTag {
		b.WriteString("<!--" + wire.TextMarker)
		b.WriteString(c.Ref())
		b.WriteString("-->")
		b.WriteString(html.EscapeString(p.Text))
		return
	}
	if wp != nil {
		wp.need(tag) // the diff may have met it before the App linked the libraries
	}
	b.WriteByte('<')
	b.WriteString(tag)
	attr(b, wire.AttrID, c.Ref())
	if on := c.Events(); len(on) > 0 {
		attr(b, wire.AttrOn, strings.Join(on, wire.EventSep))
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
	for k, v := range p.Attrs {
		if validAttr(control, p.Attrs, k, v) {
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
	if p.Control != nil {
		attr(b, wire.AttrControl, controlJSON(p.Control))
	}
	if len(p.DOMProps) > 0 || len(p.BuildProps) > 0 {
		if js, err := json.Marshal(buildProps(p)); err == nil {
			attr(b, wire.AttrProps, string(js))
		}
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

func attr(b *bytes.Buffer, name, val string) {
	b.WriteByte(' ')
	b.WriteString(name)
	b.WriteString(`="`)
	b.WriteString(html.EscapeString(val))
	b.WriteByte('"')
}

// writable reports whether c's tag, and for a text node its id (written in
// a comment), are safe to write as they are. Elements of package component
// always are; a Component implemented elsewhere may return any string.
func writable(c Component) bool {
	if c.Tag() == textTag {
		return !strings.Contains(c.Ref(), ">")
	}
	return ValidTag(c.Tag())
}

// ValidTag reports whether name is a tag name JustGo writes: a letter,
// then letters, digits, "-", "_", "." or ":" (every HTML and SVG element,
// custom elements such as wa-button, and what the DOM's createElement
// takes of ASCII names). Anything else could break out of the tag.
func ValidTag(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':')) {
			return false
		}
	}
	return name != ""
}

// Vouched starts the Attrs key under which an author vouches for the value
// of an attribute (component.UnsafeAttr): when Attrs[Vouched+name] equals
// Attrs[name], the attribute is written as given, event handler or not, any
// URL. The space keeps the key itself from being written, and from coming
// out of parsed HTML.
const Vouched = "jp-vouched "

// validAttr reports whether the attribute k="v" of a component with attrs
// is written, at first paint and in later patches: its name must not break
// out of the tag nor be one that Props or JustGo own (validAttrName), and it
// must run no script (scriptless) unless the author vouched for the value.
func validAttr(control bool, attrs map[string]string, k, v string) bool {
	if !validAttrName(control, k) {
		return false
	}
	if scriptless(k, v) {
		return true
	}
	vouched, ok := attrs[Vouched+k]
	return ok && vouched == v
}

// scriptless refuses event handlers (on*), srcdoc (a document of its own)
// and, in an attribute holding a URL, a URL that is not SafeURL (but for
// images in src, data:image/).
func scriptless(k, v string) bool {
	name := strings.ToLower(k)
	switch {
	case strings.HasPrefix(name, "on"), name == "srcdoc":
		return false
	case urlAttrs[name]:
		return SafeURL(v) || name == "src" && hasPrefixFold(browserURL(v), "data:image/")
	}
	return true
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// urlAttrs hold one URL that the browser follows or loads.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "poster": true,
	"cite": true, "background": true, "xlink:href": true,
}

// SafeURL reports whether u, followed by a browser, stays a link: a relative
// URL ("/path", "page?q", "#frag") or one with the scheme http, https,
// mailto or tel, never javascript:, data: or vbscript:. It looks only at the
// scheme: "//other.example/" is safe, though it leaves the app (LeavesApp).
func SafeURL(u string) bool {
	switch strings.ToLower(scheme(browserURL(u))) {
	case "", "http", "https", "mailto", "tel":
		return true
	}
	return false
}

// LeavesApp reports whether u, followed by a browser, may lead to another
// site: an absolute URL, or one that starts as a host does ("//x", and
// "/\x", "\\x" and "\/x", which browsers read as "//x"). A redirect to
// a URL for which it is false stays on this host.
func LeavesApp(u string) bool {
	u = browserURL(u)
	return scheme(u) != "" || strings.HasPrefix(strings.ReplaceAll(u, `\`, "/"), "//")
}

// browserURL is u as a browser's URL parser starts reading it: leading and
// trailing spaces and control characters taken off, tabs and newlines
// anywhere removed.
func browserURL(u string) string {
	u = strings.TrimFunc(u, func(r rune) bool { return r <= ' ' })
	if strings.ContainsAny(u, "\t\n\r") {
		u = strings.NewReplacer("\t", "", "\n", "", "\r", "").Replace(u)
	}
	return u
}

// scheme returns u's scheme ("javascript" for "javascript:x"), or "" when
// u is relative: a letter, then letters, digits, "+", "-" or ".", then ":".
func scheme(u string) string {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'):
		case i > 0 && c == ':':
			return u[:i]
		default:
			return ""
		}
	}
	return ""
}

// validAttrName keeps attribute names from breaking out of the tag, and
// leaves out those that come from Props (value, for a form control) or are
// JustGo's own, in any case: the browser reads "DATA-JP" as data-jp.
func validAttrName(formControl bool, k string) bool {
	switch name := strings.ToLower(k); {
	case name == "", name == "checked", name == "class", name == "style", name == "hidden",
		strings.HasPrefix(name, wire.AttrPrefix), formControl && name == "value":
		return false
	}
	for _, r := range k {
		if r <= ' ' || r == '"' || r == '\'' || r == '>' || r == '/' || r == '=' || r == '<' || r == 0x7f {
			return false
		}
	}
	return true
}
