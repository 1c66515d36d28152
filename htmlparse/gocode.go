package htmlparse

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// The Go that builds parsed HTML: html2go writes it nested, Commands one
// statement an element, as JustPy's parse_html(...).commands lists the
// Python that would build the same.

// shorthand are the attributes with an option of their own.
var shorthand = map[string]string{"name": "Name", "id": "ID", "type": "Type", "placeholder": "Placeholder", "href": "Href", "src": "Src"}

// GoCall returns the Go that makes el alone, without its children, with
// extra options first: jp.P(jp.Classes("m-2"), jp.Text("Paragraph 1")).
// prefix names the package, "jp." for JustGo's facade.
func GoCall(el *component.Element, prefix string, extra ...string) string {
	tag := el.Tag()
	if tag == component.TextTag {
		return fmt.Sprintf("%sTextNode(%s)", prefix, strconv.Quote(el.Text))
	}
	opts := append(extra, GoOptions(el, prefix)...)
	if slices.Contains(component.Tags, tag) {
		return fmt.Sprintf("%s%s(%s)", prefix, strings.ToUpper(tag[:1])+tag[1:], strings.Join(opts, ", "))
	}
	return fmt.Sprintf("%sTag(%s)", prefix, strings.Join(append([]string{strconv.Quote(tag)}, opts...), ", "))
}

// GoOptions returns the options that give an element el's text, classes,
// style, value, raw HTML, state and attributes (sorted by name).
func GoOptions(el *component.Element, prefix string) []string {
	var opts []string
	str := func(opt, v string) {
		if v != "" {
			opts = append(opts, fmt.Sprintf("%s%s(%s)", prefix, opt, strconv.Quote(v)))
		}
	}
	str("Text", el.Text)
	str("Classes", el.Classes)
	str("Style", el.Style)
	str("Value", el.Value)
	str("InnerHTML", el.InnerHTML)
	if !el.Show {
		opts = append(opts, prefix+"Show(false)")
	}
	if el.Checked {
		opts = append(opts, prefix+"Checked(true)")
	}
	keys := make([]string, 0, len(el.Attrs))
	for k := range el.Attrs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if opt, ok := shorthand[k]; ok && el.Attrs[k] != "" {
			str(opt, el.Attrs[k])
			continue
		}
		opts = append(opts, fmt.Sprintf("%sAttr(%s, %s)", prefix, strconv.Quote(k), strconv.Quote(el.Attrs[k])))
	}
	return opts
}

// Commands returns the Go statements that build the fragment, one an
// element in document order, each child added to its parent with In:
// root := jp.Div(), then c1 := jp.Div(jp.In(root)), then
// jp.P(jp.In(c1), jp.Classes("m-2"), jp.Text("Paragraph 1")). Elements
// with children are named (root, c1, c2…), the others are not, so that
// the statements compile as they are. prefix names the package ("jp.").
func (f *Fragment) Commands(prefix string) []string {
	var out []string
	n := 0
	var walk func(el *component.Element, parent string)
	walk = func(el *component.Element, parent string) {
		var extra []string
		if parent != "" {
			extra = []string{prefix + "In(" + parent + ")"}
		}
		call := GoCall(el, prefix, extra...)
		kids := el.Components()
		if len(kids) == 0 && parent != "" {
			out = append(out, call)
			return
		}
		name := "root"
		if parent != "" {
			n++
			name = "c" + strconv.Itoa(n)
		}
		out = append(out, name+" := "+call)
		for _, k := range kids {
			walk(ElementOf(k), name)
		}
	}
	walk(f.Element, "")
	return out
}

// ElementOf returns the Element of a parsed component: an Element, or a
// custom component made by a Maker, which embeds one.
func ElementOf(c page.Component) *component.Element {
	return c.(interface{ AsElement() *component.Element }).AsElement()
}
