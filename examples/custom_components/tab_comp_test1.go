package customcomponents

import (
	"fmt"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/examples/internal/dogs"
)

// myChartDef is JustPy's Highcharts definition of "Fruit Consumption" as
// ECharts options, for a chart of chartType: Highcharts' bar (horizontal),
// column, line and spline (a smooth line).
func myChartDef(chartType string) jp.M {
	kind, smooth := "bar", false
	category, value := jp.M{"type": "category", "data": []string{"Apples", "Bananas", "Oranges"}}, jp.M{"type": "value", "name": "Fruit eaten"}
	xAxis, yAxis := category, value
	switch chartType {
	case "bar":
		xAxis, yAxis = value, category
	case "line", "spline":
		kind, smooth = "line", chartType == "spline"
	}
	return jp.M{
		"title":  jp.M{"text": "Fruit Consumption"},
		"xAxis":  xAxis,
		"yAxis":  yAxis,
		"legend": jp.M{"bottom": 0},
		"series": []jp.M{
			{"name": "Jane", "type": kind, "smooth": smooth, "data": []float64{1, 0, 4}, "animation": false},
			{"name": "John", "type": kind, "smooth": smooth, "data": []float64{5, 7, 3}, "animation": false},
		},
	}
}

// https://dog.ceo/api/breed/papillon/images/random
var (
	picsFrenchBulldogs = []string{"5458", "7806", "5667", "4860"}
	picsPapillons      = []string{"5037", "2556", "7606", "8241"}
)

func tabChange(self *jp.Element, msg *jp.Msg) {
	fmt.Println("in change", msg.Detail)
}

// capitalize is Python's str.capitalize for the chart types' names.
func capitalize(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func tabCompTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"tab": "id2556"}

	t := NewTabs(jp.In(wp), jp.Classes("w-3/4 m-4"), jp.Style(""))
	t.Animation, t.ContentHeight = true, 550
	for _, chartType := range []string{"bar", "column", "line", "spline"} {
		d := jp.Div(jp.Style(TabsWrapperStyle))
		myChart := jp.EChart(myChartDef(chartType), jp.In(d), jp.Classes("m-2 p-2 border"), jp.Style("width: 1000px; height: 400px"))
		myChart.Options["title"].(jp.M)["text"] = "Chart of Type " + capitalize(chartType)
		myChart.Options["title"].(jp.M)["subtext"] = "Subtitle " + capitalize(chartType)
		t.AddTab("id"+chartType, chartType, d)
	}

	dFlex := jp.Div(jp.Classes("flex"), jp.In(wp)) // Container for the two dog pictures tabs

	t = NewTabs(jp.In(dFlex), jp.Classes(" w-1/2 m-4"), jp.On("change", tabChange))
	t.Animation, t.ContentHeight = true, 550
	t.Bind(wp.State, "tab")
	for _, picID := range picsPapillons {
		d := jp.Div(jp.Style(TabsWrapperStyle))
		jp.Img(jp.Src(dogs.Image("papillon", "n02086910_"+picID+".jpg")), jp.In(d))
		t.AddTab("id"+picID, "Pic "+picID, d)
	}

	t = NewTabsPills(jp.In(dFlex), jp.Classes("w-1/2 m-4"), jp.On("change", tabChange))
	t.ContentHeight = 550
	for _, picID := range picsFrenchBulldogs {
		d := jp.Div(jp.Style(TabsWrapperStyle))
		jp.Img(jp.Src(dogs.Image("bulldog-french", "n02108915_"+picID+".jpg")), jp.In(d))
		t.AddTab("id"+picID, "Pic "+picID, d)
	}

	inputClasses := "w-1/3 m-2 bg-gray-200 border-2 border-gray-200 rounded w-64 py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-purple-500"

	jp.Input(jp.Classes(inputClasses), jp.Model(wp, "tab"), jp.In(wp))

	return wp
}

// TabCompTest1 is JustPy's tab_comp_test1: three tab groups (the Tabs of
// tab_group_component): four charts that slide in, four papillons whose
// selected tab an input shows and sets, four French bulldogs as pills.
var TabCompTest1 = catalog.Example{Name: "tab_comp_test1", Doc: "Tab groups: four charts that slide in, papillons bound to an input, bulldogs as pills", Source: "tab_comp_test1.go", App: catalog.Page(tabCompTest1)}
