package main

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"strings"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/htmlparse"
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

func write(b *bytes.Buffer, el *component.Element, depth int) {
	call := htmlparse.GoCall(el, "jp.")
	kids := el.Components()
	if len(kids) == 0 {
		b.WriteString(call)
		return
	}
	// The children go in the call's last option, jp.Children(…).
	call = strings.TrimSuffix(call, ")")
	if !strings.HasSuffix(call, "(") {
		call += ", "
	}
	b.WriteString(call + "jp.Children(\n")
	for _, k := range kids {
		b.WriteString(strings.Repeat("\t", depth+1))
		write(b, htmlparse.ElementOf(k), depth+1)
		b.WriteString(",\n")
	}
	b.WriteString(strings.Repeat("\t", depth) + "))")
}
