package basicconcepts

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

func TestHelloWorld1(t *testing.T) {
	srv := catalogtest.Serve(t, HelloWorld1)
	for _, path := range []string{"/", "/any/path/at/all"} {
		p := srv.Open(path)
		if ps := p.All("p"); len(ps) != 1 || ps[0].Text != "Hello World!" {
			t.Errorf("%s shows %q", path, p.Text())
		}
	}
}

func TestHelloWorld2(t *testing.T) {
	ps := catalogtest.Open(t, HelloWorld2).All("p")
	if len(ps) != 10 {
		t.Fatalf("%d paragraphs", len(ps))
	}
	for i, p := range ps {
		if p.Text != fmt.Sprintf("%d) Hello World!", i+1) || p.Style != fmt.Sprintf("font-size: %dpx", 10*(i+1)) {
			t.Errorf("paragraph %d: %q, style %q", i+1, p.Text, p.Style)
		}
	}
}

func TestHelloWorld3And4(t *testing.T) {
	three := catalogtest.Open(t, HelloWorld3)
	srv := catalogtest.Serve(t, HelloWorld4)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	for _, p := range [][]string{classesOf(three.All("p")), classesOf(a.All("p")), classesOf(b.All("p"))} {
		if len(p) != 10 || p[9] != myParagraphDesign {
			t.Errorf("paragraphs' classes: %q", p)
		}
	}
	if a.Root().Kids[0].Ref != b.Root().Kids[0].Ref {
		t.Error("hello_world4 made a page for each request, not one for all")
	}
}

func classesOf(ns []*jptest.Node) []string {
	var cs []string
	for _, n := range ns {
		cs = append(cs, n.Class)
	}
	return cs
}
