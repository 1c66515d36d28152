package svgcomponents

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// svgHTML is the SVG of MDN's page on the attribute fill: a pink circle, a
// circle filled with a gradient, and one whose radius grows to 40.
const svgHTML = `
<svg viewBox="0 0 300 100" xmlns="http://www.w3.org/2000/svg" width=300 height=100>
  <!-- Simple color fill -->
  <circle cx="50" cy="50" r="40" fill="pink" />

  <!-- Fill circle with a gradient -->
  <defs>
    <radialGradient id="myGradient">
      <stop offset="0%"   stop-color="pink"/>
      <stop offset="100%" stop-color="black" />
    </radialGradient>
  </defs>

  <circle cx="150" cy="50" r="40" fill="url(#myGradient)" />

  <!--
  Keeping the final state of an animated circle
  which is a circle with a radius of 40.
  -->
  <circle cx="250" cy="50" r="20">
    <animate attributeType="XML"
             attributeName="r"
             from="0" to="40" dur="5s"
             fill="freeze" />
  </circle>
</svg>
`

func svgDemo2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	jp.ParseHTML(svgHTML, jp.In(wp))
	return wp
}

// SvgDemo2 is JustPy's svg_demo2: SVG markup parsed into elements, a
// gradient and an animation included.
var SvgDemo2 = catalog.Example{Name: "svg_demo2", Doc: "SVG markup parsed into elements: a plain fill, a gradient and an animation", Source: "svg_demo2.go", App: catalog.Page(svgDemo2)}
