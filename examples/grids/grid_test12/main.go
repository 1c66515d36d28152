// Command grid_test12 is JustPy's grid_test12 (grids tutorial: grid
// events, examples/grids_tutorial/grid_events/grid_test12.py): the women
// in majors grid of grid_test11, with a column chart above it, hidden
// until a row is ticked: then it shows that year's percentage for each
// major, titled "1970 - Percent Women in Major", each column labelled
// with its value. Unticking the row shown hides the chart again.
//
// JustPy's chart is Highcharts; JustGo's is ECharts (jp.EChart): a
// Highcharts column series is an ECharts bar series, its dataLabels a
// label, its category axis an xAxis of type category. The chart is made
// once and its series changed, as in JustPy. The data set is made in Go
// (package frame) instead of downloading women_majors.csv, and the grid's
// rowSelection is set, which AG Grid 36 needs for its checkboxes.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/examples/internal/frame"
	"github.com/justgo/justgo/grid"
)

var wmDF = frame.WomenMajors()

// rowSelected3 draws the ticked row's chart and shows it; unticking the
// row drawn hides it.
func rowSelected3(g *grid.AgGrid, rowChart *chart.EChart) jp.Handler {
	drawn := "" // the id of the row the chart shows
	return func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		id := fmt.Sprint(d["rowId"])
		row := g.Row(id)
		if d["selected"] == true && row != nil {
			var categories []string
			var values []any
			for _, c := range g.Columns {
				field := c["field"].(string)
				categories = append(categories, field)
				values = append(values, row[field])
			}
			o := rowChart.Options
			o["title"] = jp.M{"text": fmt.Sprintf("%v - Percent Women in Major", values[0])}
			o["xAxis"] = jp.M{"type": "category", "data": categories[1:], "axisLabel": jp.M{"interval": 0, "rotate": 30}}
			s := jp.M{"name": fmt.Sprint(values[0]), "type": "bar", "data": values[1:]}
			s["label"] = jp.M{"show": true, "position": "top"}
			o["series"] = []jp.M{s}
			drawn = id
			rowChart.Show = true
		} else if drawn == id {
			rowChart.Show = false
		}
		return nil
	}
}

func gridTest12(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	rowChart := jp.EChart(jp.M{}, jp.In(wp))
	rowChart.Options["xAxis"] = jp.M{"type": "category", "data": []string{}}
	rowChart.Options["yAxis"] = jp.M{"type": "value", "name": "%"}
	rowChart.Options["series"] = []jp.M{}
	rowChart.Show = false
	g := frame.AgGrid(wmDF, jp.In(wp))
	g.On("rowSelected", rowSelected3(g, rowChart))
	g.Columns[0]["checkboxSelection"] = true
	g.Options["rowSelection"] = "multiple"
	return wp
}

func main() { jp.JustPy(gridTest12) }
