package chart_test

import (
	"encoding/json"
	"fmt"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/jptest"
)

func callJSON(t *testing.T, p *jptest.Page) []string {
	t.Helper()
	var out []string
	for _, c := range p.Calls() {
		b, _ := json.Marshal(c)
		out = append(out, string(b))
	}
	return out
}

// After the first paint only the key that changed travels, appended
// points travel alone, and JS values are marked as functions.
func TestOnlyWhatChangedTravels(t *testing.T) {
	var c *chart.EChart
	page := func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		c = chart.New(chart.M{
			"xAxis":  chart.M{"type": "value"},
			"series": []chart.M{{"id": "cpu", "type": "line", "data": []any{1, 2}}},
		}, jp.In(wp))
		b := jp.Button(jp.Text("Title"), jp.In(wp))
		b.On("click", func(*jp.Element, *jp.Msg) error {
			c.Options["title"] = chart.M{"text": "CPU", "formatter": chart.JS("p => p")}
			return nil
		})
		a := jp.Button(jp.Text("Append"), jp.In(wp))
		a.On("click", func(*jp.Element, *jp.Msg) error {
			c.Append("cpu", []any{3, 4}, 3)
			return nil
		})
		return wp
	}
	p := jptest.Serve(t, page).Open("/")
	node := p.All("jp-echart")[0]
	opts, _ := json.Marshal(node.Prop("options"))
	if want := `{"fn":[],"v":{"series":[{"data":[1,2],"id":"cpu","type":"line"}],"xAxis":{"type":"value"}}}`; string(opts) != want {
		t.Errorf("first paint options %s\nwant %s", opts, want)
	}
	p.Click(p.ByRole("button", "Title"))
	p.Click(p.ByRole("button", "Append"))
	got := callJSON(t, p)
	want := []string{
		`{"id":"` + node.Ref + `","m":"jpSetOption","args":[{"fn":[["title","formatter"]],"v":{"title":{"formatter":"p =\u003e p","text":"CPU"}}}]}`,
		`{"id":"` + node.Ref + `","m":"jpAppend","args":["cpu",[3,4],3]}`,
	}
	if len(got) != len(want) {
		t.Fatalf("calls %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("call %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
	if data := p.ChartOptions(node)["series"].([]any)[0].(map[string]any)["data"]; fmt.Sprint(data) != "[2 3 4]" {
		t.Errorf("the browser's points %v", data)
	}
	// The window kept the last three points on the server too, and a
	// browser that builds the chart now gets them in its options.
	if data := c.Options["series"].([]chart.M)[0]["data"]; len(data.([]any)) != 3 {
		t.Errorf("data %v", data)
	}
	built, _ := json.Marshal(c.BuildProps["options"])
	if want := `{"fn":[["title","formatter"]],"v":{"series":[{"data":[2,3,4],"id":"cpu","type":"line"}],"title":{"formatter":"p =\u003e p","text":"CPU"},"xAxis":{"type":"value"}}}`; string(built) != want {
		t.Errorf("options for a new build %s\nwant %s", built, want)
	}
}

// An event on the chart reaches its handler with ECharts' detail.
func TestChartEvent(t *testing.T) {
	page := func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		c := chart.New(chart.M{"series": []chart.M{{"id": "a", "type": "bar", "data": []any{5}}}}, jp.In(wp))
		out := jp.P(jp.In(wp))
		c.On("click", func(_ *jp.Element, msg *jp.Msg) error {
			d := msg.Detail.(map[string]any)
			out.Text = d["seriesId"].(string)
			return nil
		})
		return wp
	}
	p := jptest.Serve(t, page).Open("/")
	p.ClickPoint(p.All("jp-echart")[0], "a", 0)
	p.ShouldSee("a")
}

// Append keeps the old points whatever slice the data was given as.
func TestAppendToTypedData(t *testing.T) {
	c := chart.New(chart.M{"series": []chart.M{{"id": "s", "data": []int{1, 2}}}})
	c.Append("s", []any{3}, 0)
	if got := fmt.Sprint(c.Options["series"].([]chart.M)[0]["data"]); got != "[1 2 3]" {
		t.Errorf("data %s", got)
	}
}
