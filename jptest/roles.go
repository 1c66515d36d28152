package jptest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// ByRole returns the one shown element with the ARIA role (button, link,
// textbox, checkbox, radio, combobox, listbox, heading, img… or a role=
// attribute) whose accessible name is name, white space collapsed; name ""
// takes any name. It fails the test, listing the roles and names it saw,
// unless exactly one matches: that is how a heading and a button with the
// same text are told apart.
func (p *Page) ByRole(role, name string) *Node {
	p.t().Helper()
	return p.byRole(p.root, role, name)
}

// ByRole is Page.ByRole within n's subtree.
func (n *Node) ByRole(role, name string) *Node {
	n.pg().t().Helper()
	return n.page.byRole(n, role, name)
}

func (p *Page) byRole(scope *Node, role, name string) *Node {
	p.t().Helper()
	var matches []*Node
	var seen []string
	scope.walk(func(n *Node) {
		r := roleOf(n)
		if n == scope || r == "" || !shown(p.root, n) {
			return
		}
		own := p.accessibleName(n)
		seen = append(seen, fmt.Sprintf("  %s %q", r, own))
		if r == role && (name == "" || own == collapse(name)) {
			matches = append(matches, n)
		}
	})
	want := fmt.Sprintf("%s %q", role, name)
	if name == "" {
		want = role
	}
	switch len(matches) {
	case 1:
		return matches[0]
	case 0:
		p.t().Fatalf("jptest: no %s %s\nthe roles there:\n%s", want, p.where(scope), strings.Join(seen, "\n"))
	default:
		var list []string
		for _, m := range matches {
			list = append(list, fmt.Sprintf("  <%s> %q", m.Tag, m.VisibleText()))
		}
		p.t().Fatalf("jptest: %d elements are %s; name one of them:\n%s", len(matches), want, strings.Join(list, "\n"))
	}
	return nil
}

// roleOf is n's ARIA role: its role attribute's first, or its tag's.
func roleOf(n *Node) string {
	if r := strings.Fields(n.Attrs["role"]); len(r) > 0 {
		return r[0]
	}
	switch n.Tag {
	case "button":
		return "button"
	case "wa-button": // with an href it renders a link
		if _, ok := n.Attrs["href"]; ok {
			return "link"
		}
		return "button"
	case "a":
		if _, ok := n.Attrs["href"]; ok {
			return "link"
		}
	case "textarea":
		return "textbox"
	case "select":
		if _, many := n.Attrs["multiple"]; many || atoi(n.Attrs["size"]) > 1 {
			return "listbox"
		}
		return "combobox"
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return "heading"
	case "img":
		if n.Attrs["alt"] != "" {
			return "img"
		}
	case "ul", "ol":
		return "list"
	case "li":
		return "listitem"
	case "table":
		return "table"
	case "tr":
		return "row"
	case "td":
		return "cell"
	case "th":
		return "columnheader"
	case "nav":
		return "navigation"
	case "main":
		return "main"
	case "option":
		return "option"
	case "input":
		return inputRole(n.Attrs["type"])
	}
	return ""
}

func inputRole(typ string) string {
	switch strings.ToLower(typ) {
	case "", "text", "email", "tel", "url", "search", "password":
		return "textbox"
	case "button", "submit", "reset", "image":
		return "button"
	case "checkbox":
		return "checkbox"
	case "radio":
		return "radio"
	case "number":
		return "spinbutton"
	case "range":
		return "slider"
	}
	return "" // hidden, file, color, date…: no role a test names here
}

// accessibleName is what a screen reader calls n: aria-labelledby's text,
// aria-label, a web component's label attribute, the text it holds (a
// native control's aside), a control's label, its placeholder, a button
// input's value, its title.
func (p *Page) accessibleName(n *Node) string {
	if ids := strings.Fields(n.Attrs["aria-labelledby"]); len(ids) > 0 {
		var parts []string
		for _, id := range ids {
			if l := p.byHTMLID(id); l != nil {
				parts = append(parts, l.VisibleText())
			}
		}
		if name := collapse(strings.Join(parts, " ")); name != "" {
			return name
		}
	}
	if name := collapse(n.Attrs["aria-label"]); name != "" {
		return name
	}
	if n.Tag == "img" {
		return collapse(n.Attrs["alt"])
	}
	if name := labelAttr(n); name != "" {
		return name
	}
	if !isNativeControl(n) {
		if name := collapse(nameText(n)); name != "" {
			return name
		}
	}
	if labels := p.labelsOf(n); len(labels) > 0 {
		return labels[0]
	}
	if name := collapse(n.Attrs["placeholder"]); name != "" {
		return name
	}
	if n.Tag == "input" && inputRole(n.Attrs["type"]) == "button" {
		if n.Value != "" {
			return collapse(n.Value)
		}
		switch n.Attrs["type"] {
		case "submit":
			return "Submit"
		case "reset":
			return "Reset"
		}
	}
	return collapse(n.Attrs["title"])
}

// ByLabel returns the first shown control whose label has the text (white
// space collapsed): a <label for> its id, a label around it, its
// aria-label, the elements its aria-labelledby names, or the label
// attribute Web Awesome's components take (wa.Label). It fails the test,
// listing the labels it saw, when none has.
func (p *Page) ByLabel(text string) *Node {
	p.t().Helper()
	return p.byLabel(p.root, text)
}

// ByLabel is Page.ByLabel within n's subtree.
func (n *Node) ByLabel(text string) *Node {
	n.pg().t().Helper()
	return n.page.byLabel(n, text)
}

func (p *Page) byLabel(scope *Node, text string) *Node {
	p.t().Helper()
	want := collapse(text)
	var found *Node
	var seen []string
	scope.walk(func(n *Node) {
		if found != nil || n == scope || n.Tag == wire.TextTag || !shown(p.root, n) {
			return
		}
		labels := p.labelsOf(n)
		if ids := strings.Fields(n.Attrs["aria-labelledby"]); len(ids) > 0 {
			for _, id := range ids {
				if l := p.byHTMLID(id); l != nil {
					labels = append(labels, collapse(l.VisibleText()))
				}
			}
		}
		if l := collapse(n.Attrs["aria-label"]); l != "" {
			labels = append(labels, l)
		}
		if l := labelAttr(n); l != "" {
			labels = append(labels, l)
		}
		for _, l := range labels {
			seen = append(seen, fmt.Sprintf("  <%s> %q", n.Tag, l))
			if l == want && found == nil {
				found = n
			}
		}
	})
	if found == nil {
		p.t().Fatalf("jptest: no control labelled %q %s\nthe labels there:\n%s", text, p.where(scope), strings.Join(seen, "\n"))
	}
	return found
}

// labelsOf are the texts of the <label> elements of a control: those for
// its id, then the one around it (the control's own text left out).
func (p *Page) labelsOf(n *Node) []string {
	if !isControl(n) && n.Tag != "button" {
		return nil
	}
	var labels []string
	id := n.Attrs["id"]
	p.root.walk(func(l *Node) {
		if l.Tag == "label" && id != "" && l.Attrs["for"] == id {
			labels = append(labels, collapse(visibleText(l, n)))
		}
	})
	path := pathTo(p.root, n)
	for i := len(path) - 2; i >= 0; i-- {
		if path[i].Tag == "label" {
			if _, elsewhere := path[i].Attrs["for"]; !elsewhere { // one with for= was counted, or labels another

				labels = append(labels, collapse(visibleText(path[i], n)))
			}
			break
		}
	}
	return labels
}

// labelAttr is a web component's label attribute (wa-input label="Name"),
// white space collapsed; a native element's (an optgroup's, a track's)
// names no control.
func labelAttr(n *Node) string {
	if !strings.Contains(n.Tag, "-") {
		return ""
	}
	return collapse(n.Attrs["label"])
}

// byHTMLID is the element with the HTML id attribute id, or nil.
func (p *Page) byHTMLID(id string) *Node {
	var found *Node
	p.root.walk(func(n *Node) {
		if found == nil && n.Attrs["id"] == id {
			found = n
		}
	})
	return found
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// collapse joins s's words with single spaces, lines too.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
