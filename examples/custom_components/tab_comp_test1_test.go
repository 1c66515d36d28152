package customcomponents

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

// selected is the label of the tab selected in a Tabs node.
func selected(t *testing.T, tabs *jptest.Node) string {
	t.Helper()
	var on []string
	for _, li := range tabs.Kids[0].Kids {
		if strings.Contains(li.Class, "-mb-px") {
			on = append(on, li.Kids[0].Text)
		}
	}
	if len(on) != 1 {
		t.Fatalf("selected: %v", on)
	}
	return on[0]
}

func TestTabCompTest1(t *testing.T) {
	p := catalogtest.Open(t, TabCompTest1)
	root := p.Root().Kids
	charts, papillons, pills, in := root[0], root[1].Kids[0], root[1].Kids[1], root[2]

	// The charts: bar first, in one wrapper; a click on column slides it
	// in over bar.
	if got := selected(t, charts); got != "bar" {
		t.Fatalf("the charts' tab: %q", got)
	}
	content := charts.Kids[1]
	if content.Style != "height: 550px" || len(content.Kids) != 1 || len(content.All("jp-echart")) != 1 {
		t.Fatalf("the charts' content: %q %v", content.Style, content.Kids)
	}
	title := func(n *jptest.Node) any {
		return p.ChartOptions(n.All("jp-echart")[0])["title"].(map[string]any)["text"]
	}
	if got := title(content); got != "Chart of Type Bar" {
		t.Errorf("the first chart: %v", got)
	}
	p.Click(p.ByText("column"))
	if got := selected(t, charts); got != "column" {
		t.Fatalf("after a click: %q", got)
	}
	content = charts.Kids[1]
	if len(content.Kids) != 2 || content.Kids[0].Attr("data-animation") != "slideInRight" || content.Kids[1].Attr("data-animation") != "slideOutLeft" {
		t.Fatalf("the sliding content: %v", content.Kids)
	}
	if in, out := title(content.Kids[0]), title(content.Kids[1]); in != "Chart of Type Column" || out != "Chart of Type Bar" {
		t.Errorf("in %v, out %v", in, out)
	}

	// The papillons: the model's tab, which the input shows and sets.
	if got := selected(t, papillons); got != "Pic 2556" || in.Value != "id2556" {
		t.Fatalf("the papillons' tab %q, the input %q", got, in.Value)
	}
	if src := papillons.All("img")[0].Attr("src"); !strings.HasSuffix(src, "/papillon/n02086910_2556.jpg") && !strings.HasPrefix(src, "data:") {
		t.Errorf("the picture: %.80s", src)
	}
	p.Click(p.ByText("Pic 7606"))
	if in.Value != "id7606" || selected(t, papillons) != "Pic 7606" {
		t.Errorf("after a click the input says %q", in.Value)
	}
	p.Fill(in, "id8241")
	p.Sync()
	if got := selected(t, papillons); got != "Pic 8241" {
		t.Errorf("after typing: %q", got)
	}
	p.Fill(in, "nothing")
	p.Sync()
	if got := selected(t, papillons); got != "Pic 8241" {
		t.Errorf("an id of no tab selected %q", got)
	}

	// The pills: their own selection, with the pills' classes.
	if got := selected(t, pills); got != "Pic 5458" {
		t.Fatalf("the pills' tab: %q", got)
	}
	p.Click(p.ByText("Pic 7806"))
	if a := p.ByText("Pic 7806"); !strings.Contains(a.Class, "bg-blue-500 text-white") || selected(t, pills) != "Pic 7806" {
		t.Errorf("the selected pill: %q", a.Class)
	}
	if in.Value != "nothing" || selected(t, papillons) != "Pic 8241" {
		t.Errorf("the pills moved the papillons: %q", in.Value)
	}
}
