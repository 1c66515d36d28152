// Package fruitchart stands in for the Highcharts chart of JustPy's
// button_toggle_test and option_group_test: fruit eaten by Jane and John,
// drawn on the server as SVG, so that the ports need no chart library and
// work offline. A handler changes Options as JustPy's changes
// chart.options, and the chart is drawn again before the page is sent.
package fruitchart

import (
	"fmt"
	"html"
	"strings"

	jp "github.com/justgo/justgo"
)

// Options are the parts of the chart's options the tutorial changes.
type Options struct {
	Type  string // "bar" (horizontal), "column", "line" or "spline"
	Title string
}

// Chart is a div that shows the chart Options describe.
type Chart struct {
	*jp.Element
	Options Options
}

var (
	categories = []string{"Apples", "Bananas", "Oranges"}
	series     = []struct {
		name   string
		color  string
		values []float64
	}{
		{"Jane", "#2caffe", []float64{1, 0, 4}},
		{"John", "#544fc5", []float64{5, 7, 3}},
	}
)

// New returns a bar chart titled "Chart of Type Bar".
func New(opts ...jp.Opt) *Chart {
	c := &Chart{Options: Options{Type: "bar", Title: "Chart of Type Bar"}}
	c.Element = jp.Make(c, "div", opts...)
	return c
}

// React draws the chart; the page calls it before each update.
func (c *Chart) React() {
	c.SetAttr("role", "img")
	c.SetAttr("aria-label", fmt.Sprintf("%s: a %s chart of fruit eaten", c.Options.Title, c.Options.Type))
	c.SetAttr("data-chart-type", c.Options.Type)
	c.InnerHTML = draw(c.Options)
}

const (
	width, height            = 520.0, 320.0
	left, right, top, bottom = 60.0, 500.0, 50.0, 260.0
	maxValue                 = 8.0
)

// draw returns the chart as SVG.
func draw(o Options) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" width="%g" height="%g" font-family="sans-serif" font-size="12">`, width, height, width, height)
	fmt.Fprintf(&b, `<text x="%g" y="25" text-anchor="middle" font-size="18">%s</text>`, width/2, html.EscapeString(o.Title))
	horizontal := o.Type == "bar"
	// grid and value axis
	for v := 0.0; v <= maxValue; v += 2 {
		if horizontal {
			x := left + v/maxValue*(right-left)
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%g" x2="%.1f" y2="%g" stroke="#e6e6e6"/><text x="%.1f" y="%g" text-anchor="middle">%g</text>`, x, top, x, bottom, x, bottom+16, v)
		} else {
			y := bottom - v/maxValue*(bottom-top)
			fmt.Fprintf(&b, `<line x1="%g" y1="%.1f" x2="%g" y2="%.1f" stroke="#e6e6e6"/><text x="%g" y="%.1f" text-anchor="end">%g</text>`, left, y, right, y, left-8, y+4, v)
		}
	}
	// category axis
	for i, name := range categories {
		if horizontal {
			band := (bottom - top) / float64(len(categories))
			fmt.Fprintf(&b, `<text x="%g" y="%.1f" text-anchor="end">%s</text>`, left-8, top+band*(float64(i)+0.5)+4, name)
		} else {
			band := (right - left) / float64(len(categories))
			fmt.Fprintf(&b, `<text x="%.1f" y="%g" text-anchor="middle">%s</text>`, left+band*(float64(i)+0.5), bottom+16, name)
		}
	}
	for s, ser := range series {
		switch o.Type {
		case "bar", "column":
			for i, v := range ser.values {
				if horizontal {
					band := (bottom - top) / float64(len(categories))
					y := top + band*float64(i) + band*(0.2+0.3*float64(s))
					fmt.Fprintf(&b, `<rect x="%g" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`, left, y, v/maxValue*(right-left), band*0.3, ser.color)
				} else {
					band := (right - left) / float64(len(categories))
					x := left + band*float64(i) + band*(0.2+0.3*float64(s))
					h := v / maxValue * (bottom - top)
					fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`, x, bottom-h, band*0.3, h, ser.color)
				}
			}
		default: // line and spline
			fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="%s" stroke-width="2"/>`, path(ser.values, o.Type == "spline"), ser.color)
		}
		// legend
		x := width/2 - 60 + float64(s)*80
		fmt.Fprintf(&b, `<rect x="%g" y="%g" width="12" height="12" fill="%s"/><text x="%g" y="%g">%s</text>`, x, height-30, ser.color, x+16, height-20, ser.name)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// path joins the points of a line chart, straight or smoothly (a
// Catmull-Rom spline drawn as cubic Bézier curves).
func path(values []float64, smooth bool) string {
	band := (right - left) / float64(len(values))
	type pt struct{ x, y float64 }
	ps := make([]pt, len(values))
	for i, v := range values {
		ps[i] = pt{left + band*(float64(i)+0.5), bottom - v/maxValue*(bottom-top)}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "M%.1f,%.1f", ps[0].x, ps[0].y)
	for i := 1; i < len(ps); i++ {
		if !smooth {
			fmt.Fprintf(&b, " L%.1f,%.1f", ps[i].x, ps[i].y)
			continue
		}
		p0, p1, p2, p3 := ps[max(i-2, 0)], ps[i-1], ps[i], ps[min(i+1, len(ps)-1)]
		fmt.Fprintf(&b, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f",
			p1.x+(p2.x-p0.x)/6, p1.y+(p2.y-p0.y)/6, p2.x-(p3.x-p1.x)/6, p2.y-(p3.y-p1.y)/6, p2.x, p2.y)
	}
	return b.String()
}
