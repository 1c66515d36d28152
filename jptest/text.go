package jptest

import (
	"strings"

	"github.com/justgo/justgo/internal/wire"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags are the elements a browser's innerText sets on lines of their
// own; what is around them is on other lines.
var blockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "caption": true, "dd": true,
	"details": true, "dialog": true, "div": true, "dl": true, "dt": true, "fieldset": true,
	"figcaption": true, "figure": true, "footer": true, "form": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true, "legend": true,
	"li": true, "main": true, "menu": true, "nav": true, "ol": true, "option": true, "p": true,
	"pre": true, "section": true, "summary": true, "table": true, "tbody": true, "tfoot": true,
	"thead": true, "tr": true, "ul": true,
}

// unseenTags hold no text a person sees.
var unseenTags = map[string]bool{"script": true, "style": true, "template": true, "head": true, "title": true}

// TextContent is the node's text and its descendants', as the browser's
// textContent, hidden parts included.
func (n *Node) TextContent() string {
	var b strings.Builder
	n.rawText(&b)
	return b.String()
}

func (n *Node) rawText(b *strings.Builder) {
	if n.HTML != "" {
		b.WriteString(htmlText(n.HTML))
		return
	}
	if n.Tag == "textarea" || n.Tag == "input" {
		return
	}
	b.WriteString(n.Text)
	for _, k := range n.Kids {
		k.rawText(b)
	}
}

func htmlText(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt == html.TextToken {
			b.Write(z.Text())
		}
	}
	return b.String()
}

// VisibleText is the text a person sees, as the browser's innerText lays
// it out: hidden elements left out, block elements (div, p, li, tr, h1…)
// on lines of their own, a <br> a line break, table cells apart by a space,
// inline elements (span, b, a…) joined as written, white space in a line
// collapsed. So "1" and "4 people" in two divs never read as "14 people".
func (n *Node) VisibleText() string { return visibleText(n, nil) }

// visibleText is n's visible text without skip's (a control in its label).
func visibleText(n, skip *Node) string {
	w := textWriter{skip: skip}
	w.node(n)
	return w.String()
}

// nameText is n's text as its accessible name: images say their alt.
func nameText(n *Node) string {
	w := textWriter{alts: true}
	w.node(n)
	return w.String()
}

// textWriter writes text with "\n" where a line must break; white space
// from the HTML is collapsed as it comes, so only layout breaks lines.
type textWriter struct {
	b    strings.Builder
	skip *Node
	alts bool // write an image's alt text
}

// spaced writes s with its runs of white space as single spaces.
func (w *textWriter) spaced(s string) {
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			space = true
			continue
		}
		if space {
			w.b.WriteByte(' ')
			space = false
		}
		w.b.WriteRune(r)
	}
	if space {
		w.b.WriteByte(' ')
	}
}

func (w *textWriter) open(tag string) {
	if blockTags[tag] || tag == "br" {
		w.b.WriteByte('\n')
	}
}

func (w *textWriter) close(tag string) {
	switch {
	case blockTags[tag]:
		w.b.WriteByte('\n')
	case tag == "td" || tag == "th":
		w.b.WriteByte(' ')
	}
}

func (w *textWriter) node(n *Node) {
	if n == w.skip || n.Hidden || unseenTags[n.Tag] {
		return
	}
	if n.Tag == wire.TextTag {
		w.spaced(n.Text)
		return
	}
	w.open(n.Tag)
	switch {
	case n.HTML != "":
		w.rawHTML(n.HTML)
	case n.Tag == "img" && w.alts:
		w.spaced(n.Attrs["alt"])
	case n.Tag == "textarea" || n.Tag == "input": // a value is not text
	default:
		w.spaced(n.Text)
		for _, k := range n.Kids {
			w.node(k)
		}
	}
	w.close(n.Tag)
}

func (w *textWriter) rawHTML(s string) {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		w.spaced(htmlText(s))
		return
	}
	for _, h := range nodes {
		w.htmlNode(h)
	}
}

func (w *textWriter) htmlNode(h *html.Node) {
	switch h.Type {
	case html.TextNode:
		w.spaced(h.Data)
		return
	case html.ElementNode:
		if hasAttr(h, "hidden") || unseenTags[h.Data] || h.Data == "textarea" || h.Data == "input" {
			return
		}
	default:
		return
	}
	w.open(h.Data)
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		w.htmlNode(c)
	}
	w.close(h.Data)
}

// String is the text, one line per line break, blank lines dropped.
func (w *textWriter) String() string {
	var lines []string
	for line := range strings.SplitSeq(w.b.String(), "\n") {
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}
