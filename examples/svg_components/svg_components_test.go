package svgcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestSvgDemo1(t *testing.T) {
	p := catalogtest.Open(t, SvgDemo1)
	svgs := p.All("svg")
	if len(svgs) != 8 {
		t.Fatalf("%d svgs", len(svgs))
	}
	if s := svgs[0]; s.Attr("viewBox") != "0 0 100 100" || s.Class != "m-2 inline-block" || s.Kids[0].Tag != "circle" || s.Kids[0].Attr("fill") != "red" {
		t.Errorf("the first: %+v %+v", s, s.Kids[0])
	}
	ellipses := p.All("ellipse")
	if len(ellipses) != 5 || ellipses[0].Attr("rx") != "10" || ellipses[0].Attr("ry") != "5" || ellipses[4].Attr("rx") != "50" || ellipses[4].Attr("ry") != "25" {
		t.Errorf("ellipses: %v", ellipses)
	}
}

func TestSvgDemo2(t *testing.T) {
	p := catalogtest.Open(t, SvgDemo2)
	if g := p.All("radialGradient"); len(g) != 1 || g[0].Attr("id") != "myGradient" || len(g[0].Kids) != 2 || g[0].Kids[1].Attr("stop-color") != "black" {
		t.Fatalf("the gradient: %v", g)
	}
	circles := p.All("circle")
	if len(circles) != 3 || circles[1].Attr("fill") != "url(#myGradient)" {
		t.Fatalf("circles: %v", circles)
	}
	if a := p.All("animate"); len(a) != 1 || a[0].Attr("attributeName") != "r" || a[0].Attr("dur") != "5s" {
		t.Errorf("the animation: %v", a)
	}
}

func TestSvgDemo3(t *testing.T) {
	p := catalogtest.Open(t, SvgDemo3)
	circles := p.All("circle")
	stops := p.All("stop")
	if len(circles) != 18 || len(stops) != 12 {
		t.Fatalf("%d circles, %d stops", len(circles), len(stops))
	}
	// The second SVG is red: its plain circle, its gradient's id and centre.
	if circles[3].Attr("fill") != "red" || circles[4].Attr("fill") != "url(#red)" || stops[2].Attr("stop-color") != "red" {
		t.Fatalf("the red one: %v %v %v", circles[3].Attrs, circles[4].Attrs, stops[2].Attrs)
	}
	p.Click(circles[4])
	if stops[2].Attr("stop-color") != "orange" || stops[0].Attr("stop-color") != "pink" {
		t.Errorf("after a click: %q, the first %q", stops[2].Attr("stop-color"), stops[0].Attr("stop-color"))
	}
	p.Click(circles[4])
	if stops[2].Attr("stop-color") != "red" {
		t.Errorf("after a second click: %q", stops[2].Attr("stop-color"))
	}
	p.Click(circles[3]) // the plain circle listens for nothing
	if stops[2].Attr("stop-color") != "red" {
		t.Errorf("a click on the plain circle: %q", stops[2].Attr("stop-color"))
	}
}
