package jptest

import (
	"slices"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"golang.org/x/net/html"
)

// Node is an element as the browser would show it: the page's HTML with
// every patch the server sent applied, as JustGo's JavaScript client applies
// them.
type Node struct {
	Ref     string // JustGo's id of the element, its Element.Ref (wire.AttrID); the HTML id is Attrs["id"]
	Tag     string // wire.TextTag for a text node between elements
	Text    string // the element's own text, before its children
	Class   string
	Style   string
	Hidden  bool
	Value   string // a declared control's follows its value property, as msg.value carries it
	Checked bool   // a declared control's follows its checked property
	HTML    string // raw inner HTML, when set
	Attrs   map[string]string
	On      []string // the events the server listens for
	Kids    []*Node

	// Control is the declaration of a web component the server made a
	// control (wire.AttrControl), nil for others: which of its Props hold
	// its value and checked state, which it changes itself, and after
	// which events the browser reports them.
	Control *jp.Control
	// Props are the DOM properties the server set (wire.AttrProps,
	// SetProp) and those the component set as the test played it (Type,
	// Select, Check, Report…), as JSON's values: strings, float64s, bools,
	// []any, map[string]any, nil.
	Props map[string]any

	page *Page // the page that shows the node, for scoped queries
}

// Attr returns an attribute's value.
func (n *Node) Attr(name string) string { return n.Attrs[name] }

// Listens reports whether the server listens for event on n. (jptest sends
// every event at once: debounce and throttle are the browser's business.)
func (n *Node) Listens(event string) bool {
	return slices.ContainsFunc(n.On, func(e string) bool { return wire.EventName(e) == event })
}

// changeOnly reports whether n is an InputChangeOnly: its value goes with
// "change" alone.
func changeOnly(n *Node) bool {
	return slices.ContainsFunc(n.On, func(e string) bool {
		return wire.EventName(e) == "change" && wire.HasModifier(e, wire.ModLazy)
	})
}

func (n *Node) walk(fn func(*Node)) {
	fn(n)
	for _, k := range n.Kids {
		k.walk(fn)
	}
}

// Prop returns a DOM property of the element, nil when it has none.
func (n *Node) Prop(name string) any { return n.Props[name] }

// isControl reports whether n is a control, as the client's isControl: a
// native input, textarea or select, or a declared web component.
func isControl(n *Node) bool { return isNativeControl(n) || n.Control != nil }

func isNativeControl(n *Node) bool {
	return n.Tag == "input" || n.Tag == "textarea" || n.Tag == "select"
}

// hasChecked reports whether n has a checked state: a checkbox, a radio
// button, or a declared control that names a property for it.
func hasChecked(n *Node) bool {
	if n.Control != nil {
		return n.Control.Checked != ""
	}
	return n.Tag == "input" && (n.Attrs["type"] == "checkbox" || n.Attrs["type"] == "radio")
}

// fromHTML turns the rendered children of #jp-root into nodes; the root's
// own node listens for the page events the page does.
func fromHTML(root *html.Node) *Node {
	r := &Node{Tag: "div"}
	if on := attr(root, wire.AttrOn); on != "" {
		r.On = strings.Split(on, wire.EventSep)
	}
	r.Kids = kidsFromHTML(root, r)
	return r
}

func kidsFromHTML(parent *html.Node, into *Node) []*Node {
	var kids []*Node
	var textID string // set by a TextMarker comment: the next text is that node
	seenElement := false
	for c := parent.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.CommentNode:
			if id, ok := strings.CutPrefix(c.Data, wire.TextMarker); ok {
				if textID != "" { // an empty text node
					kids = append(kids, &Node{Ref: textID, Tag: wire.TextTag})
				}
				textID = id
			}
		case html.TextNode:
			switch {
			case textID != "":
				kids = append(kids, &Node{Ref: textID, Tag: wire.TextTag, Text: c.Data})
				textID = ""
			case !seenElement && into != nil && into.Text == "" && len(kids) == 0:
				into.Text = c.Data
			}
		case html.ElementNode:
			seenElement = true
			if textID != "" {
				kids = append(kids, &Node{Ref: textID, Tag: wire.TextTag})
				textID = ""
			}
			kids = append(kids, elementFromHTML(c))
		}
	}
	if textID != "" {
		kids = append(kids, &Node{Ref: textID, Tag: wire.TextTag})
	}
	return kids
}

func elementFromHTML(h *html.Node) *Node {
	n := &Node{Tag: h.Data, Attrs: map[string]string{}}
	declare(n, attr(h, wire.AttrControl))
	for _, a := range h.Attr {
		switch {
		case a.Key == wire.AttrID:
			n.Ref = a.Val
		case a.Key == wire.AttrOn:
			n.On = strings.Split(a.Val, wire.EventSep)
		case a.Key == wire.AttrProps: // the client sets them and takes the attribute away
		case a.Key == "class":
			n.Class = a.Val
		case a.Key == "style":
			n.Style = a.Val
		case a.Key == "hidden":
			n.Hidden = true
		case a.Key == "checked":
			n.Checked = true
		case a.Key == "value" && (h.Data == "input" || n.Control != nil):
			n.Value = a.Val
		default:
			n.Attrs[a.Key] = a.Val
		}
	}
	firstProps(n, attr(h, wire.AttrProps))
	if h.Data == "textarea" {
		if h.FirstChild != nil {
			n.Value = h.FirstChild.Data
		}
		return n
	}
	for c := h.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !hasAttr(c, wire.AttrID) { // raw inner HTML
			var b strings.Builder
			for c := h.FirstChild; c != nil; c = c.NextSibling {
				html.Render(&b, c)
			}
			n.HTML = b.String()
			return n
		}
	}
	n.Kids = kidsFromHTML(h, n)
	return n
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}
