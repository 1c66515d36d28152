package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The months' bars, the floating legend, and the tooltip's formatter
// marked as a function for the browser.
func TestTheFormatterIsAFunction(t *testing.T) {
	p := jptest.Serve(t, createChartTest3).Open("/")
	chart := p.All("jp-echart")[0]
	o := p.ChartOptions(chart)
	if got := fmt.Sprint(o["yAxis"].(map[string]any)["data"]); got != "[Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec]" {
		t.Errorf("categories %s", got)
	}
	if got := fmt.Sprint(o["series"].([]any)[0].(map[string]any)["data"]); got != "[29.9 71.5 106.4 129.2 144 176 135.6 148.5 216.4 194.1 95.6 54.4]" {
		t.Errorf("data %s", got)
	}
	if l := o["legend"].(map[string]any); l["orient"] != "vertical" || l["right"] != 60.0 || l["top"] != 60.0 {
		t.Errorf("legend %v", l)
	}
	f, _ := o["tooltip"].(map[string]any)["formatter"].(string)
	if !strings.Contains(f, "p.seriesName") {
		t.Errorf("formatter %q", f)
	}
	built := chart.Prop("options").(map[string]any)
	if got := fmt.Sprint(built["fn"]); got != "[[tooltip formatter]]" {
		t.Errorf("functions at %s, want the tooltip's formatter", got)
	}
}
