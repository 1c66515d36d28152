package static

import (
	"strconv"
	"strings"
	"sync"

	"github.com/justgo/justgo/internal/wire"
)

// The document around a page's components is written by hand rather than
// by html/template, whose reflection took two fifths of a page load's CPU.
// Each value is escaped as html/template would escape it where it stands
// (a test holds the two to the same output): text and attribute values
// HTML-escaped, URLs checked for their scheme and normalized, the page's
// own CSS kept from closing its element, and what the page declares as
// HTML (its head and body extras, its components) written as it is.

// shellHead is the document's fixed start, up to the page's title.
const shellHead = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>`

// shellStyle is the client's own style: hidden elements stay hidden
// whatever a library's CSS says, and its two notices.
const shellStyle = `<style>[hidden]{display:none!important}#` + wire.ElementStatus + `{position:fixed;right:.75rem;bottom:.75rem;padding:.25rem .75rem;border-radius:.25rem;background:#fef3c7;color:#92400e;font:14px/1.5 system-ui,sans-serif;box-shadow:0 1px 3px rgba(0,0,0,.2);z-index:2147483647}#` + wire.ElementError + `{position:fixed;left:.75rem;right:.75rem;bottom:3rem;max-height:50vh;overflow:auto;margin:0;padding:.5rem .75rem;border-radius:.25rem;background:#fee2e2;color:#991b1b;font:13px/1.4 ui-monospace,monospace;white-space:pre-wrap;z-index:2147483647}</style>`

// A shellBuffer is where a document is written before it is sent whole;
// they are pooled, a document being a few kilobytes at least.
type shellBuffer struct{ buf []byte }

var shellBuffers = sync.Pool{New: func() any { return &shellBuffer{buf: make([]byte, 0, 4096)} }}

func (b *shellBuffer) reset() {
	if cap(b.buf) > 1<<20 { // one huge page does not pin its buffer
		b.buf = make([]byte, 0, 4096)
	}
	b.buf = b.buf[:0]
}

func (b *shellBuffer) raw(s string)   { b.buf = append(b.buf, s...) }
func (b *shellBuffer) text(s string)  { b.buf = appendEscaped(b.buf, s) }
func (b *shellBuffer) url(s string)   { b.buf = appendURL(b.buf, s) }
func (b *shellBuffer) bytes(p []byte) { b.buf = append(b.buf, p...) }

// attr writes ` name="value"`, the value escaped.
func (b *shellBuffer) attr(name, value string) {
	b.name(name)
	b.text(value)
	b.buf = append(b.buf, '"')
}

// link writes a URL attribute: ` name="url"`.
func (b *shellBuffer) link(name, u string) {
	b.name(name)
	b.url(u)
	b.buf = append(b.buf, '"')
}

// name starts an attribute: ` name="`.
func (b *shellBuffer) name(name string) {
	b.buf = append(append(append(b.buf, ' '), name...), `="`...)
}

// document writes d's whole document.
func (b *shellBuffer) document(d *Document) {
	title := d.Title
	if title == "" {
		title = "JustGo"
	}
	var styles, modules, scripts []string
	if d.Tailwind {
		tw := "dist/tailwind.min.css"
		if d.Dark {
			tw = "dist/tailwind-dark.min.css"
		}
		styles = append(styles, d.Link(&Tailwind, tw), d.Link(&Animate, "animate.min.css"), d.Link(&FontAwesome, "css/all.min.css"))
	}
	for _, a := range d.Load {
		switch a.Kind {
		case wire.AssetStyle:
			styles = append(styles, a.URL)
		case wire.AssetModule:
			modules = append(modules, a.URL)
		case wire.AssetScript:
			scripts = append(scripts, a.URL)
		}
	}

	b.raw(`<!DOCTYPE html>` + "\n" + `<html lang="en"`)
	if d.Dark {
		b.attr("class", wire.ClassDark+" "+wire.ClassDarkTheme)
	}
	b.raw(">\n<head>\n" + shellHead)
	b.text(title)
	b.raw("</title>\n<link rel=\"icon\"")
	if d.Favicon != "" {
		b.link("href", d.Favicon)
	} else {
		b.raw(` href="data:,"`)
	}
	b.raw(">")
	for _, s := range styles {
		b.raw("\n<link rel=\"stylesheet\"")
		b.link("href", s)
		b.raw(">")
	}
	b.raw("\n\n" + shellStyle)
	if d.CSS != "" {
		b.raw("\n<style>")
		b.raw(styleText(d.CSS))
		b.raw("</style>")
	}
	b.raw("\n")
	b.raw(d.HeadHTML)
	b.raw("\n</head>\n<body")
	if d.BodyClasses != "" {
		b.attr("class", d.BodyClasses)
	}
	if d.BodyStyle != "" {
		b.attr("style", d.BodyStyle)
	}
	b.raw(`>` + "\n" + `<div id="` + wire.ElementRoot + `"`)
	b.attr(wire.AttrPage, d.PageID)
	b.name(wire.AttrVersion)
	b.buf = append(strconv.AppendUint(b.buf, d.Version, 10), '"')
	b.attr(wire.AttrBase, d.Base)
	if d.URL != "" {
		b.link(wire.AttrURL, d.URL) // html/template reads a data- attribute named …url… as a URL
	}
	if d.HTTPEvents {
		b.attr(wire.AttrHTTP, "1")
		if d.ReloadMS != 0 {
			b.name(wire.AttrReload)
			b.buf = append(strconv.AppendInt(b.buf, d.ReloadMS, 10), '"')
		}
	}
	if d.Rejoin != "" {
		b.attr(wire.AttrRejoin, d.Rejoin)
	}
	if len(d.Events) > 0 {
		b.name(wire.AttrOn)
		for i, e := range d.Events {
			if i > 0 {
				b.buf = append(b.buf, ' ')
			}
			b.text(e)
		}
		b.buf = append(b.buf, '"')
	}
	b.name(wire.AttrUpload)
	b.buf = append(strconv.AppendInt(b.buf, d.UploadFileBytes, 10), ',')
	b.buf = append(strconv.AppendInt(b.buf, d.UploadBytes, 10), '"')
	b.raw(">")
	b.bytes(d.Body)
	b.raw("</div>\n")
	b.raw(d.BodyHTML)
	b.raw("\n<script")
	b.link("src", ClientURL(d.Base))
	b.raw(" defer></script>")
	for _, m := range modules {
		b.raw("\n<script type=\"module\"")
		b.link("src", m)
		b.raw("></script>")
	}
	for _, s := range scripts {
		b.raw("\n<script")
		b.link("src", s)
		b.raw(" defer></script>")
	}
	b.raw("\n</body>\n</html>\n")
}

// styleText makes a page's CSS safe inside <style>, where it is written as
// it is: "</style>" would end the element and let markup in. No CSS has
// "</" outside strings and comments, and in a string \3c is CSS's escape
// for "<" (a lone "<" stays: media queries compare with it).
func styleText(css string) string {
	return strings.ReplaceAll(css, "</", `\3c /`)
}

// appendEscaped appends s escaped for HTML text and quoted attribute
// values, as html/template escapes them.
func appendEscaped(dst []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case 0:
			esc = "\uFFFD"
		case '"':
			esc = "&#34;"
		case '&':
			esc = "&amp;"
		case '\'':
			esc = "&#39;"
		case '+':
			esc = "&#43;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		default:
			continue
		}
		dst = append(dst, s[last:i]...)
		dst = append(dst, esc...)
		last = i + 1
	}
	return append(dst, s[last:]...)
}

// appendURL appends u for a URL attribute as html/template does: a URL
// whose scheme is not http, https or mailto becomes "#ZgotmplZ" (a
// javascript: favicon runs nothing), bytes a URL may not hold are
// percent-encoded (valid escapes already there are kept), and the result is
// escaped for the attribute.
func appendURL(dst []byte, u string) []byte {
	if scheme, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		return append(dst, "#ZgotmplZ"...)
	}
	const hex = "0123456789abcdef"
	last := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~!#$*,/:;=?@[]", c) >= 0,
			c == '%' && i+2 < len(u) && isHex(u[i+1]) && isHex(u[i+2]):
			continue
		case c == '&':
			dst = append(dst, u[last:i]...)
			dst = append(dst, "&amp;"...)
		case c == '+':
			dst = append(dst, u[last:i]...)
			dst = append(dst, "&#43;"...)
		default:
			dst = append(dst, u[last:i]...)
			dst = append(dst, '%', hex[c>>4], hex[c&15])
		}
		last = i + 1
	}
	return append(dst, u[last:]...)
}

func isHex(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
