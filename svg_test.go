package jp_test

import (
	"fmt"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

type attrs = map[string]string

// JustPy's svg_demo1, written with the SVG constructors: three circles
// and five ellipses, each in an <svg> of its own, with their attributes.
func TestSVGDemo1(t *testing.T) {
	s := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		for _, color := range []string{"red", "green", "blue"} {
			svg := jp.Svg(jp.Attrs(attrs{"viewBox": "0 0 100 100", "xmlns": "http://www.w3.org/2000/svg", "width": "100", "height": "100"}),
				jp.Classes("m-2 inline-block"), jp.In(wp))
			jp.Circle(jp.Attrs(attrs{"cx": "50", "cy": "50", "r": "50", "fill": color}), jp.In(svg))
		}
		for radius := 10; radius <= 50; radius += 10 {
			svg := jp.Svg(jp.Attrs(attrs{"viewBox": "0 0 100 100", "width": "100", "height": "100"}), jp.In(wp))
			jp.Ellipse(jp.Attrs(attrs{"cx": "50", "cy": "50", "rx": fmt.Sprint(radius), "ry": fmt.Sprint(float64(radius) / 2), "fill": "teal"}), jp.In(svg))
		}
		return wp
	})
	p := s.Open("/")
	if svgs := p.All("svg"); len(svgs) != 8 || svgs[0].Attr("viewBox") != "0 0 100 100" || svgs[0].Class != "m-2 inline-block" {
		t.Fatalf("%d svgs, the first %v", len(svgs), svgs[0])
	}
	circles, ellipses := p.All("circle"), p.All("ellipse")
	if len(circles) != 3 || circles[1].Attr("fill") != "green" || circles[2].Attr("r") != "50" {
		t.Errorf("circles %v", circles)
	}
	if len(ellipses) != 5 || ellipses[4].Attr("rx") != "50" || ellipses[4].Attr("ry") != "25" || ellipses[0].Attr("ry") != "5" {
		t.Errorf("ellipses %v", ellipses)
	}
	// The first paint keeps SVG's camel case, which browsers need in an
	// attribute's name (viewBox).
	_, body := s.NewUser().Get("/")
	if !strings.Contains(string(body), `viewBox="0 0 100 100"`) {
		t.Error("the first paint lost viewBox's case")
	}
}

// JustPy's svg_demo3, with the constructors instead of parse_html: a
// gradient in defs, an animation, text, a symbol used; clicking the
// gradient's circle changes its stop's colour, which travels.
func TestSVGDemo3(t *testing.T) {
	s := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		svg := jp.Svg(jp.Attrs(attrs{"viewBox": "0 0 300 100", "width": "300", "height": "100"}), jp.In(wp))
		jp.Circle(jp.Attrs(attrs{"cx": "50", "cy": "50", "r": "40", "fill": "pink"}), jp.In(svg))
		defs := jp.Defs(jp.In(svg))
		grad := jp.RadialGradient(jp.ID("teal"), jp.In(defs))
		stop := jp.Stop(jp.Attrs(attrs{"offset": "0%", "stop-color": "teal"}), jp.In(grad))
		jp.Stop(jp.Attrs(attrs{"offset": "100%", "stop-color": "black"}), jp.In(grad))
		jp.LinearGradient(jp.ID("lin"), jp.Attrs(attrs{"gradientTransform": "rotate(90)"}), jp.In(defs))
		jp.Symbol(jp.ID("dot"), jp.Children(jp.Circle(jp.Attrs(attrs{"cx": "5", "cy": "5", "r": "5"}))), jp.In(defs))
		jp.Circle(jp.Attrs(attrs{"cx": "150", "cy": "50", "r": "40", "fill": "url(#teal)"}), jp.Name("gradient_circle"), jp.In(svg),
			jp.On("click", func(*jp.Element, *jp.Msg) {
				if stop.Attr("stop-color") == "orange" {
					stop.SetAttr("stop-color", "teal")
				} else {
					stop.SetAttr("stop-color", "orange")
				}
			}))
		jp.Circle(jp.Attrs(attrs{"cx": "250", "cy": "50", "r": "20"}), jp.In(svg), jp.Children(
			jp.Animate(jp.Attrs(attrs{"attributeType": "XML", "attributeName": "r", "from": "0", "to": "40", "dur": "5s", "fill": "freeze"})),
			jp.AnimateTransform(jp.Attrs(attrs{"attributeName": "transform", "type": "rotate", "dur": "2s"}))))
		jp.G(jp.In(svg), jp.Children(
			jp.SvgText(jp.Attrs(attrs{"x": "10", "y": "90"}), jp.Text("Hello "), jp.Children(jp.Tspan(jp.Text("SVG"), jp.Attrs(attrs{"font-weight": "bold"})))),
			jp.Use(jp.Attrs(attrs{"href": "#dot", "x": "280", "y": "80"})),
			jp.Line(jp.Attrs(attrs{"x1": "0", "y1": "0", "x2": "300", "y2": "100", "stroke": "black"})),
			jp.Polygon(jp.Attrs(attrs{"points": "0,100 50,25 50,75"})),
			jp.Polyline(jp.Attrs(attrs{"points": "0,0 10,10 20,0"})),
			jp.Path(jp.Attrs(attrs{"d": "M 10 10 H 90 V 90 Z"})),
			jp.Rect(jp.Attrs(attrs{"x": "1", "y": "1", "width": "298", "height": "98", "fill": "none"})),
			jp.SvgTitle(jp.Text("A demo"))))
		return wp
	})
	p := s.Open("/")
	for tag, n := range map[string]int{"defs": 1, "radialGradient": 1, "linearGradient": 1, "stop": 2, "symbol": 1, "circle": 4,
		"animate": 1, "animateTransform": 1, "g": 1, "text": 1, "tspan": 1, "use": 1, "line": 1, "polygon": 1, "polyline": 1,
		"path": 1, "rect": 1, "title": 1} {
		if got := len(p.All(tag)); got != n {
			t.Errorf("%d <%s>, want %d", got, tag, n)
		}
	}
	if a := p.All("animate")[0]; a.Attr("attributeName") != "r" || a.Attr("dur") != "5s" {
		t.Errorf("animate %v", a.Attrs)
	}
	if lg := p.All("linearGradient")[0]; lg.Attr("gradientTransform") != "rotate(90)" {
		t.Errorf("linearGradient %v", lg.Attrs)
	}
	if u := p.All("use")[0]; u.Attr("href") != "#dot" {
		t.Errorf("use %v", u.Attrs)
	}
	p.ShouldSee("Hello SVG")
	stop := p.All("stop")[0]
	p.Click(p.ByName("gradient_circle"))
	if got := stop.Attr("stop-color"); got != "orange" {
		t.Errorf("after a click the stop is %q", got)
	}
	p.Click(p.ByName("gradient_circle"))
	if got := stop.Attr("stop-color"); got != "teal" {
		t.Errorf("after two clicks the stop is %q", got)
	}
	_, body := s.NewUser().Get("/")
	for _, want := range []string{"<radialGradient ", "<linearGradient ", `gradientTransform="rotate(90)"`, "<animateTransform ", `attributeName="r"`, "<tspan "} {
		if !strings.Contains(string(body), want) {
			t.Errorf("the first paint has no %s", want)
		}
	}
}
