// Package tooltiptest plays, for jptest, the browser's side of package
// tooltip: the formatter asking for a point's tooltip, and reading the
// answer.
package tooltiptest

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/jptest"
)

var tickets int

// Ask fires chart:tooltip on the chart with detail, as the formatter does
// when the mouse rests on a point (x, y, category, color, series_name,
// series_index, point_index) or, for a shared or split tooltip, on an x
// (x and points), and returns the HTML the server answered with: a string,
// or a list of strings for a split tooltip.
func Ask(t testing.TB, p *jptest.Page, chart *jptest.Node, detail map[string]any) any {
	t.Helper()
	tickets++
	ticket := fmt.Sprintf("ticket_%d", tickets)
	d := map[string]any{"ticket": ticket}
	for k, v := range detail {
		d[k] = v
	}
	p.Dispatch(chart, "chart:tooltip", d)
	for _, c := range p.Calls() {
		if c.ID == chart.Ref && c.Method == "jpTooltip" && len(c.Args) == 2 && c.Args[0] == ticket {
			return c.Args[1]
		}
	}
	t.Fatalf("no tooltip came for %v", detail)
	return nil
}
