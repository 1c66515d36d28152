package svgcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func svgDemo1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for _, color := range []string{"red", "green", "blue"} {
		svg := jp.Svg(jp.Attrs(map[string]string{"viewBox": "0 0 100 100", "xmlns": "http://www.w3.org/2000/svg", "width": "100", "height": "100"}), jp.In(wp), jp.Classes("m-2 inline-block"))
		jp.Circle(jp.Attrs(map[string]string{"cx": "50", "cy": "50", "r": "50", "fill": color}), jp.In(svg))
	}
	for radius := 10; radius < 51; radius += 10 {
		svg := jp.Svg(jp.Attrs(map[string]string{"viewBox": "0 0 100 100", "xmlns": "http://www.w3.org/2000/svg", "width": "100", "height": "100"}), jp.In(wp), jp.Classes("m-2 inline-block"))
		jp.Ellipse(jp.Attrs(map[string]string{"cx": "50", "cy": "50", "rx": fmt.Sprint(radius), "ry": fmt.Sprint(float64(radius) / 2), "fill": "teal"}), jp.In(svg))
	}
	return wp
}

// SvgDemo1 is JustPy's svg_demo1: three circles of three colours and five
// ellipses of growing radius, each in an SVG of its own.
var SvgDemo1 = catalog.Example{Name: "svg_demo1", Doc: "Circles and ellipses, each in an SVG element of its own", Source: "svg_demo1.go", App: catalog.Page(svgDemo1)}
