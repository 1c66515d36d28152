// Command button_toggle_test is JustPy's button_toggle_test (Quasar
// tutorial: QBtnToggle), ported to JustGo's Web Awesome widgets: a row of
// four buttons, Bar, Column, Line and Spline, of which one is pressed, above
// a chart of fruit eaten; pressing another draws the chart as that type and
// retitles it "Chart of Type column" and so on.
//
// Quasar's QBtnToggle is a radio group whose options are buttons; Web
// Awesome's is a wa-radio-group of wa-radio with appearance="button". The
// group's value arrives in msg.Value. The Highcharts chart is drawn by
// examples/quasar/internal/fruitchart instead.
package main

import (
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/quasar/internal/fruitchart"
	"github.com/justgo/justgo/wa"
)

func buttonToggleTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	chartType := wa.RadioGroup(wa.Label("Chart type"), wa.Orientation("horizontal"), jp.Value("bar"), jp.Classes("m-4"), jp.In(wp))
	for _, typ := range []string{"bar", "column", "line", "spline"} {
		wa.Radio(wa.Appearance("button"), jp.Value(typ), jp.Text(strings.ToUpper(typ[:1])+typ[1:]), jp.In(chartType))
	}
	chart := fruitchart.New(jp.Classes("m-8"), jp.In(wp))
	chartType.On("input", func(self *jp.Element, msg *jp.Msg) error {
		chart.Options.Type = msg.Value
		chart.Options.Title = "Chart of Type " + msg.Value
		return nil
	})
	return wp
}

func main() { jp.JustPy(buttonToggleTest) }
