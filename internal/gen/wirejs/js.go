package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// The lines that bound the generated block in the client; what follows
// BeginMarker on its line is rewritten too.
const (
	BeginMarker = "// BEGIN GENERATED"
	EndMarker   = "// END GENERATED"
)

// splice replaces the block of client between the markers with the
// constants of groups, indented as the BEGIN line is.
func splice(client []byte, groups []group) ([]byte, error) {
	begin := bytes.Index(client, []byte(BeginMarker))
	if begin < 0 {
		return nil, errors.New("the client has no " + BeginMarker + " line")
	}
	lineStart := bytes.LastIndexByte(client[:begin], '\n') + 1
	indent := string(client[lineStart:begin])
	if strings.TrimSpace(indent) != "" {
		return nil, errors.New(BeginMarker + " must start its line")
	}
	end := bytes.Index(client[begin:], []byte(EndMarker))
	if end < 0 {
		return nil, errors.New("the client has no " + EndMarker + " line after " + BeginMarker)
	}
	end += begin + len(EndMarker)
	if nl := bytes.IndexByte(client[end:], '\n'); nl >= 0 {
		end += nl
	} else {
		end = len(client)
	}
	body, err := block(groups, indent)
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	out.Write(client[:lineStart])
	out.WriteString(body)
	out.Write(client[end:])
	return out.Bytes(), nil
}

// block returns the generated lines, from BeginMarker to EndMarker, each
// indented by indent, without the last newline.
func block(groups []group, indent string) (string, error) {
	var b strings.Builder
	line := func(depth int, s string) {
		b.WriteString(indent)
		b.WriteString(strings.Repeat("  ", depth))
		b.WriteString(s)
		b.WriteByte('\n')
	}
	line(0, BeginMarker+" by internal/gen/wirejs from internal/wire; DO NOT EDIT.")
	line(0, "// W is the protocol's vocabulary: every constant of package wire, named")
	line(0, "// in lower camel case, documented there (the client carries no copy of")
	line(0, "// the docs: every byte is sent to every browser). Run `go generate")
	line(0, "// ./internal/wire` after changing one.")
	line(0, "var W = Object.freeze({")
	seen := map[string]string{}
	for _, g := range groups {
		for _, k := range g.consts {
			name := jsName(k.name)
			if other, ok := seen[name]; ok {
				return "", fmt.Errorf("%s and %s are both W.%s", other, k.name, name)
			}
			seen[name] = k.name
			v, err := jsValue(k.value)
			if err != nil {
				return "", fmt.Errorf("%s: %w", k.name, err)
			}
			line(1, name+": "+v+",")
		}
	}
	line(0, "});")
	b.WriteString(indent + EndMarker)
	return b.String(), nil
}

// jsName is a Go name in lower camel case: its leading capitals lowered,
// but for the last of several when a lower-case letter follows, so that
// AttrID is attrID, HTTPOn httpOn and URL url.
func jsName(name string) string {
	r := []rune(name)
	n := 0
	for n < len(r) && unicode.IsUpper(r[n]) {
		n++
	}
	if n > 1 && n < len(r) {
		n-- // the capital that starts the next word stays
	}
	for i := 0; i < n; i++ {
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}
