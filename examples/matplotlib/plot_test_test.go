package matplotlib

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

// titles lists the charts' titles and their series' points and markers.
func titles(t *testing.T, name string, charts []map[string]any) []string {
	t.Helper()
	var out []string
	for _, o := range charts {
		s := o["series"].([]any)[0].(map[string]any)
		out = append(out, fmt.Sprint(o["title"].(map[string]any)["text"], " ", s["data"], " ", s["symbolSize"], " ", s["symbol"] != nil))
	}
	return out
}

func TestPlotTest1(t *testing.T) {
	p := catalogtest.Open(t, PlotTest1)
	charts := p.All("jp-echart")
	if len(charts) != 1 {
		t.Fatalf("%d charts", len(charts))
	}
	o := p.ChartOptions(charts[0])
	if got := fmt.Sprint(titles(t, "plot_test1", []map[string]any{o})); got != "[Matplotlib Example [0 1 4 9] 20 true]" {
		t.Errorf("the figure: %s", got)
	}
	if x := o["xAxis"].(map[string]any); fmt.Sprint(x["data"], x["name"]) != "[0 1 2 3]x data" {
		t.Errorf("the x axis: %v", x)
	}
	if y := o["yAxis"].(map[string]any); y["name"] != "y data" {
		t.Errorf("the y axis: %v", y)
	}
}

func TestPlotTest2(t *testing.T) {
	p := catalogtest.Open(t, PlotTest2)
	var opts []map[string]any
	for _, c := range p.All("jp-echart") {
		opts = append(opts, p.ChartOptions(c))
	}
	if got := fmt.Sprint(titles(t, "plot_test2", opts)); got != "[Second Figure Showing First [0 1 4 9] 20 true First Figure Showing Second [0 1 4 9] 20 true]" {
		t.Errorf("the figures: %s", got)
	}
	if a, b := opts[0]["series"].([]any)[0].(map[string]any)["symbol"], opts[1]["series"].([]any)[0].(map[string]any)["symbol"]; a == b {
		t.Errorf("plus and star are one marker: %v", a)
	}
}
