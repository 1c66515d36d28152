package svgcomponents

import (
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// svgHTML3 is svg_demo2's SVG with names on the elements the program
// changes.
const svgHTML3 = `
<svg viewBox="0 0 300 100" xmlns="http://www.w3.org/2000/svg" width=300 height=100>
  <!-- Simple color fill -->
  <circle cx="50" cy="50" r="40" fill="pink" name="simple_circle"/>

  <!-- Fill circle with a gradient -->
  <defs>
    <radialGradient id="myGradient" name="gradient">
      <stop offset="0%"   stop-color="pink" name="stop"/>
      <stop offset="100%" stop-color="black" />
    </radialGradient>
  </defs>

  <circle cx="150" cy="50" r="40" fill="url(#myGradient)" name="gradient_circle"/>

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

// circleClick turns the gradient's inner colour orange, or back. JustPy
// keeps the stop and the original colour on the circle (self.stop,
// self.original_color); here the closure holds them.
func circleClick(stop *jp.Element, originalColor string) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		if stop.Attr("stop-color") == "orange" {
			stop.SetAttr("stop-color", originalColor)
		} else {
			stop.SetAttr("stop-color", "orange")
		}
		return nil
	}
}

func svgDemo3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	colors := []string{"pink", "red", "blue", "green", "teal", "yellow"}
	for _, color := range colors {
		g := jp.ParseHTML(strings.Replace(svgHTML3, `id="myGradient"`, `id="`+color+`"`, 1), jp.In(wp))
		gradient := g.NameDict["gradient"]
		g.NameDict["gradient_circle"].SetAttr("fill", "url(#"+gradient.Attr("id")+")")
		g.NameDict["gradient_circle"].On("click", circleClick(g.NameDict["stop"], color))
		g.NameDict["stop"].SetAttr("stop-color", color)
		g.NameDict["simple_circle"].SetAttr("fill", color)
	}
	return wp
}

// SvgDemo3 is JustPy's svg_demo3: six parsed SVGs, each with its own
// gradient; a click on a gradient circle turns its centre orange, and
// back.
var SvgDemo3 = catalog.Example{Name: "svg_demo3", Doc: "Six parsed SVGs in six colours; a click on a gradient circle turns its centre orange and back", Source: "svg_demo3.go", App: catalog.Page(svgDemo3)}
