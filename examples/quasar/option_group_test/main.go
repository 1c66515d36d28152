// Command option_group_test is JustPy's option_group_test (Quasar tutorial:
// QOptionGroup), ported to JustGo's Web Awesome widgets: four radio buttons
// in a row, Bar, Column, Line and Spline, above a chart of fruit eaten;
// choosing one draws the chart as that type. As in JustPy, only the type
// changes: the title stays "Chart of Type Bar".
//
// Quasar's QOptionGroup of radios is a wa-radio-group of wa-radio, whose
// value arrives in msg.Value (a group of checkboxes is in
// examples/quasar/reactive_list_test). The Highcharts chart is drawn by
// examples/quasar/internal/fruitchart instead.
package main

import (
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/quasar/internal/fruitchart"
	"github.com/justgo/justgo/wa"
)

func optionGroupTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	chartType := wa.RadioGroup(wa.Label("Chart type"), wa.Orientation("horizontal"), jp.Value("bar"), jp.Classes("m-4"), jp.In(wp))
	for _, typ := range []string{"bar", "column", "line", "spline"} {
		wa.Radio(jp.Value(typ), jp.Text(strings.ToUpper(typ[:1])+typ[1:]), jp.In(chartType))
	}
	chart := fruitchart.New(jp.Classes("m-8"), jp.In(wp))
	chartType.On("input", func(self *jp.Element, msg *jp.Msg) error {
		chart.Options.Type = msg.Value
		return nil
	})
	return wp
}

func main() { jp.JustPy(optionGroupTest) }
