package main

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/htmlparse"
	"github.com/justgo/justgo/page"
)

// Generate parses HTML from r and returns Go source for a function named fn
// that builds it; with pkg set, a whole file of that package.
func Generate(r io.Reader, fn, pkg string) ([]byte, error) {
	f, err := htmlparse.ParseReader(r)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if pkg != "" {
		fmt.Fprintf(&b, "package %s\n\nimport jp \"github.com/justgo/justgo\"\n\n", pkg)
	}
	fmt.Fprintf(&b, "func %s() *jp.Element {\n\treturn ", fn)
	write(&b, f.Element, 1)
	b.WriteString("\n}\n")
	return format.Source(b.Bytes())
}

// shorthand are the attributes with an option of their own.
var shorthand = map[string]string{"name": "Name", "id": "ID", "type": "Type", "placeholder": "Placeholder", "href": "Href", "src": "Src"}

func write(b *bytes.Buffer, el *component.Element, depth int) {
	tag := el.Tag()
	var opts []string
	switch {
	case tag == component.TextTag:
		fmt.Fprintf(b, "jp.TextNode(%s)", strconv.Quote(el.Text))
		return
	case slices.Contains(component.Tags, tag):
		fmt.Fprintf(b, "jp.%s(", strings.ToUpper(tag[:1])+tag[1:])
	default:
		fmt.Fprintf(b, "jp.Tag(%s", strconv.Quote(tag))
		opts = append(opts, "") // a comma after the tag
	}
	str := func(opt, v string) {
		if v != "" {
			opts = append(opts, fmt.Sprintf("jp.%s(%s)", opt, strconv.Quote(v)))
		}
	}
	str("Text", el.Text)
	str("Classes", el.Classes)
	str("Style", el.Style)
	str("Value", el.Value)
	str("InnerHTML", el.InnerHTML)
	if !el.Show {
		opts = append(opts, "jp.Show(false)")
	}
	if el.Checked {
		opts = append(opts, "jp.Checked(true)")
	}
	keys := make([]string, 0, len(el.Attrs))
	for k := range el.Attrs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if opt, ok := shorthand[k]; ok {
			str(opt, el.Attrs[k])
			if el.Attrs[k] == "" {
				opts = append(opts, fmt.Sprintf("jp.Attr(%q, \"\")", k))
			}
			continue
		}
		opts = append(opts, fmt.Sprintf("jp.Attr(%s, %s)", strconv.Quote(k), strconv.Quote(el.Attrs[k])))
	}
	b.WriteString(strings.Join(opts, ", "))
	if kids := el.Components(); len(kids) > 0 {
		if len(opts) > 0 {
			b.WriteString(", ")
		}
		b.WriteString("jp.Children(\n")
		for _, k := range kids {
			b.WriteString(strings.Repeat("\t", depth+1))
			write(b, elementOf(k), depth+1)
			b.WriteString(",\n")
		}
		b.WriteString(strings.Repeat("\t", depth) + ")")
	}
	b.WriteString(")")
}

func elementOf(c page.Component) *component.Element {
	return c.(interface{ AsElement() *component.Element }).AsElement()
}
