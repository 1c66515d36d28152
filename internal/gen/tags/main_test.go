package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/justgo/justgo/internal/gen/gentest"
)

// The committed constructors are what the lists say now: a tag added or
// renamed without `go generate` fails here, in CI too.
func TestTagsAreUpToDate(t *testing.T) {
	gen := files()
	if len(gen) != 4 {
		t.Fatalf("%d files", len(gen))
	}
	for path, want := range gen {
		src, err := os.ReadFile(filepath.Join("../../..", path))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(src, want) {
			t.Errorf("%s is out of date with internal/gen/tags: run `go generate` in the module root (make generate)\n%s",
				path, gentest.FirstDifference(src, want))
		}
	}
}

// Every prefixed SVG tag is one of the list, and the names are distinct
// from each other and from the HTML constructors'.
func TestSVGNames(t *testing.T) {
	seen := map[string]string{}
	for _, tag := range tags {
		seen[goName(tag)] = tag
	}
	for tag := range svgPrefixed {
		if !slices.Contains(svgTags, tag) {
			t.Errorf("%s is prefixed but not an SVG tag of the list", tag)
		}
	}
	for _, tag := range svgTags {
		name := svgName(tag)
		if other, ok := seen[name]; ok {
			t.Errorf("%s is the constructor of both <%s> and <%s>", name, other, tag)
		}
		seen[name] = tag
	}
	if svgName("text") != "SvgText" || svgName("linearGradient") != "LinearGradient" {
		t.Errorf("names %s, %s", svgName("text"), svgName("linearGradient"))
	}
}
