package htmlparse

import (
	"io"
	"os"
	"strings"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Fragment is the result of parsing: the root element (promoted, so a
// Fragment is used like the element itself) and its named descendants.
type Fragment struct {
	*component.Element
	// NameDict maps each name attribute to the first element, in document
	// order, that has it: JustPy's name_dict for the usual case of unique
	// names.
	NameDict map[string]*component.Element
	// NameList maps each name to every element that has it, in document
	// order, for names that repeat, such as a group of radio buttons.
	NameList map[string][]*component.Element
}

// Parse turns an HTML fragment into JustGo elements. Every element,
// attribute and piece of text is kept in document order; text that is only
// white space is dropped; SVG keeps its case. A fragment with one root
// element returns that element, otherwise a div wrapping them. opts apply
// to the root as to any element (component.In adds it to a page).
//
// Malformed HTML is parsed the way a browser parses it; Parse never fails
// on a string.
func Parse(src string, opts ...component.Opt) *Fragment { return Makers(nil).Parse(src, opts...) }

// ParseFile parses the HTML file at path, as Parse does.
func ParseFile(path string, opts ...component.Opt) (*Fragment, error) {
	return Makers(nil).ParseFile(path, opts...)
}

// ParseReader parses HTML from r, as Parse does.
func ParseReader(r io.Reader, opts ...component.Opt) (*Fragment, error) {
	return Makers(nil).ParseReader(r, opts...)
}

// Makers maps tags to the Makers that build them, so that a template can
// use custom components: with Makers{"input-with-div": newInputWithDiv},
// <input-with-div class="m-2"> is what newInputWithDiv makes from the
// options parsed from its attributes, and its children in the HTML are
// added to it. Tags match whatever their case, as in HTML. Makers are
// passed to each parse, like a template's FuncMap, never registered for the
// process: two parts of a program may give one tag different makers.
type Makers map[string]component.Maker

// Parse parses src as the package's Parse does, building the tags m names
// with their Makers.
func (m Makers) Parse(src string, opts ...component.Opt) *Fragment {
	f, _ := m.parse(strings.NewReader(src), opts) // a strings.Reader cannot fail
	return f
}

// ParseFile parses the HTML file at path, as m.Parse does.
func (m Makers) ParseFile(path string, opts ...component.Opt) (*Fragment, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return m.parse(file, opts)
}

// ParseReader parses HTML from r, as m.Parse does.
func (m Makers) ParseReader(r io.Reader, opts ...component.Opt) (*Fragment, error) {
	return m.parse(r, opts)
}

var bodyContext = &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}

// parser holds what one parse needs besides the Fragment it fills.
type parser struct {
	f      *Fragment
	makers Makers // by lower-case tag
}

func (m Makers) parse(r io.Reader, opts []component.Opt) (*Fragment, error) {
	nodes, err := html.ParseFragment(r, bodyContext)
	if err != nil {
		return nil, err
	}
	f := &Fragment{NameDict: map[string]*component.Element{}, NameList: map[string][]*component.Element{}}
	p := &parser{f: f}
	if len(m) > 0 {
		p.makers = make(Makers, len(m))
		for tag, mk := range m {
			p.makers[strings.ToLower(tag)] = mk
		}
	}
	var roots []page.Component
	for _, n := range nodes {
		if c := p.convert(n); c != nil {
			roots = append(roots, c)
		}
	}
	if el, plain := roots0(roots); plain {
		f.Element = el
	} else {
		f.Element = component.Div()
		for _, el := range roots {
			f.Element.Add(el)
		}
		moveLeadingText(f.Element)
	}
	for _, o := range opts {
		o(f.Element)
	}
	return f, nil
}

// convert returns the component for n and its subtree, or nil for what is
// not kept (comments, doctypes, white space). A tag with a Maker is made by
// it.
func (p *parser) convert(n *html.Node) page.Component {
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) == "" {
			return nil
		}
		return component.TextNode(n.Data)
	case html.ElementNode:
		if !page.ValidTag(n.Data) { // no element could stand for it: its text stays
			if text := textOf(n); strings.TrimSpace(text) != "" {
				return component.TextNode(text)
			}
			return nil
		}
	default:
		return nil
	}
	opts := make([]component.Opt, 0, len(n.Attr))
	for _, a := range n.Attr {
		key := a.Key
		if a.Namespace != "" {
			key = a.Namespace + ":" + a.Key
		}
		switch {
		case key == "class":
			opts = append(opts, component.Classes(a.Val))
		case key == "style":
			opts = append(opts, component.Style(a.Val))
		case key == "hidden":
			opts = append(opts, component.Show(false))
		case key == "value" && (n.Data == "input" || n.Data == "option"):
			opts = append(opts, component.Value(a.Val))
		case key == "checked", key == "selected" && n.Data == "option":
			opts = append(opts, component.Checked(true))
		default:
			opts = append(opts, component.Attr(key, a.Val))
		}
	}
	var c page.Component
	if make := p.makers[strings.ToLower(n.Data)]; make != nil {
		c = make(opts...)
	} else {
		c = component.Tag(n.Data, opts...)
	}
	el := elementOf(c)
	if name, ok := el.Attrs["name"]; ok {
		if _, seen := p.f.NameDict[name]; !seen {
			p.f.NameDict[name] = el
		}
		p.f.NameList[name] = append(p.f.NameList[name], el)
	}
	switch n.Data {
	case "textarea":
		el.Value = strings.TrimPrefix(textOf(n), "\n")
		return c
	case "script", "style":
		// Raw text elements: their content is code, never escaped.
		el.InnerHTML = textOf(n)
		return c
	}
	parent, _ := c.(page.Container)
	for k := n.FirstChild; k != nil && parent != nil; k = k.NextSibling {
		if kid := p.convert(k); kid != nil {
			parent.Add(kid)
		}
	}
	moveLeadingText(el)
	if n.Data == "select" {
		el.Value = selectedValue(el)
	}
	return c
}

// elementOf returns the element of a component: itself, or the element a
// custom component embeds.
func elementOf(c page.Component) *component.Element {
	if e, ok := c.(interface{ AsElement() *component.Element }); ok {
		return e.AsElement()
	}
	return component.Tag(c.Tag()) // a component of another kind: nothing to name
}

// roots0 returns the one root when it is a plain element (not text, not a
// custom component, which the Fragment could not stand for).
func roots0(roots []page.Component) (*component.Element, bool) {
	if len(roots) != 1 || roots[0].Tag() == component.TextTag {
		return nil, false
	}
	el, ok := roots[0].(*component.Element)
	return el, ok
}

// moveLeadingText makes a text node that comes before any child element
// the element's own Text, the usual shape of an element with text.
func moveLeadingText(el *component.Element) {
	kids := el.Components()
	if el.Text != "" || len(kids) == 0 || kids[0].Tag() != component.TextTag {
		return
	}
	el.Text = kids[0].Properties().Text
	el.Remove(kids[0])
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// selectedValue is what a browser shows as a select's value: the last
// option marked selected, else the first option.
func selectedValue(sel *component.Element) string {
	var first, chosen *component.Element
	component.Walk(sel, func(c page.Component) bool {
		if o, ok := c.(*component.Element); ok && o.Tag() == "option" {
			if first == nil {
				first = o
			}
			if o.Checked {
				chosen = o
			}
		}
		return true
	})
	if chosen == nil {
		chosen = first
	}
	if chosen == nil {
		return ""
	}
	return page.OptionValue(chosen)
}
