package main

import (
	"bytes"
	"github.com/justgo/justgo/internal/gen/gentest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const root = "../../.."

// The lists in package jp's comments are what the packages say now: a
// field or method added, removed or documented anew without `go generate`
// fails here, in CI too.
func TestFacadeDocIsUpToDate(t *testing.T) {
	files, err := Files(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no file of package jp")
	}
	g := NewGenerator(root)
	for _, name := range files {
		src, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := g.Rewrite(name, src)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(src, want) {
			t.Errorf("%s is out of date with the packages its aliases name: run `go generate` in the module root (make generate)\n%s",
				name, gentest.FirstDifference(src, want))
		}
	}
}

// The aliases a page author reads most list what go doc would not show.
func TestListsTheMainTypes(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "jp.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"// Methods of page.WebPage:",
		"//   - Do(fn func()) bool: Do ",
		"// Full documentation: go doc github.com/justgo/justgo/page WebPage, or WebPage.Add for one method.",
		"// Fields of page.Msg:",
		"//   - Ref string: ",
		"// Methods of component.Element:",
		"//   - Ref() string: Ref is JustGo's id of the element",
		"// Full documentation: go doc github.com/justgo/justgo/component Element, or Element.Add for one method.",
	} {
		if !strings.Contains(string(src), want) {
			t.Errorf("jp.go lacks %q", want)
		}
	}
	if !strings.Contains(string(src), "Element.State.\n\tState = page.State\n") {
		t.Error("jp.State, a map type, has a list")
	}
	for _, absent := range []string{
		"//   - ID() string: ID returns Ref", // deprecated: left out
		"// Methods of component.Handler:",   // a func type: nothing to list
	} {
		if strings.Contains(string(src), absent) {
			t.Errorf("jp.go has %q", absent)
		}
	}
}

// Generating twice changes nothing; a stale list is replaced in place,
// what is written by hand above it kept; an alias gets a list it lacked
// and loses one it should not have.
func TestGenerateIsStable(t *testing.T) {
	src := []byte(`package jp

import (
	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

type (
	// Msg is what a handler receives.
	//
	// Fields of page.Msg:
	//
	//   - stale
	//
	// Full documentation: stale.
	Msg = page.Msg
	// Shared is shared.
	Shared = component.Shared
	// Opt sets up an element.
	//
	// Methods of component.Opt:
	//
	// Full documentation: stale.
	Opt = component.Opt
)

// Old is gone.
//
// Deprecated: use Msg.
type Old = page.Msg
`)
	g := NewGenerator(root)
	once, err := g.Rewrite("x.go", src)
	if err != nil {
		t.Fatal(err)
	}
	twice, err := g.Rewrite("x.go", once)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(once, twice) {
		t.Errorf("a second run changed the file:\n%s", gentest.FirstDifference(once, twice))
	}
	out := string(once)
	for _, want := range []string{
		"\t// Msg is what a handler receives.\n\t//\n\t// Fields of page.Msg:\n",
		"\t// Full documentation: go doc github.com/justgo/justgo/page Msg, or Msg.EventType for one field.\n\tMsg = page.Msg\n",
		"\t// Shared is shared.\n\t//\n\t// Fields of component.Shared:\n",
		"\t// Opt sets up an element.\n\tOpt = component.Opt\n",
		"// Old is gone.\n//\n// Deprecated: use Msg.\ntype Old = page.Msg\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "stale") {
		t.Errorf("a stale list was kept:\n%s", out)
	}
}

// Text after the list would be lost at the next run: it is refused.
func TestRefusesTextAfterTheList(t *testing.T) {
	src := []byte(`package jp

import "github.com/justgo/justgo/page"

// Msg is what a handler receives.
//
// Fields of page.Msg:
//
//   - stale
//
// Full documentation: stale.
//
// A paragraph written below the list.
type Msg = page.Msg
`)
	if _, err := NewGenerator(root).Rewrite("x.go", src); err == nil {
		t.Error("a paragraph after the list was accepted")
	}
}
