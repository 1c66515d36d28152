package customcomponents

import (
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// InputDateTime is JustPy's QInputDateTime: a text input holding a date
// and time ("2020-03-01 12:44") with a date picker before it and a time
// picker after it, all three showing the one value. JustPy builds it from
// Quasar's QInput, QDate and QTime in popups; JustGo from the browser's
// own pickers (<input type="date">, <input type="time">), which open their
// popups themselves.
type InputDateTime struct {
	*jp.Element
	input, date, time *jp.Element
}

// NewInputDateTime returns an InputDateTime showing value.
func NewInputDateTime(value string, opts ...jp.Opt) *InputDateTime {
	d := &InputDateTime{}
	d.Element = jp.Make(d, "div", opts...)
	d.Classes = "flex items-center gap-2 " + d.Classes
	const field = "border rounded p-2 bg-gray-100"
	d.date = jp.Input(jp.Type("date"), jp.Name("date"), jp.Classes(field+" cursor-pointer"), jp.In(d.Element))
	d.input = jp.Input(jp.Type("text"), jp.Placeholder("YYYY-MM-DD HH:mm"), jp.Classes(field+" flex-grow"), jp.In(d.Element))
	d.time = jp.Input(jp.Type("time"), jp.Name("time"), jp.Classes(field+" cursor-pointer"), jp.In(d.Element))
	d.input.Value = value
	d.inputChange(d.input, nil)
	d.date.On("input", d.dateTimeChange)
	d.time.On("input", d.dateTimeChange)
	d.input.On("input", d.inputChange)
	return d
}

// dateTimeChange: a picker changed its part, so the input shows both.
func (d *InputDateTime) dateTimeChange(self *jp.Element, msg *jp.Msg) {
	date, clock := d.date.Value, d.time.Value
	if date == "" {
		return // a time alone is no date and time
	}
	if clock == "" {
		clock = "00:00"
	}
	d.input.Value = date + " " + clock
}

// inputChange: the text changed, so the pickers show its parts.
func (d *InputDateTime) inputChange(self *jp.Element, msg *jp.Msg) {
	date, clock, _ := strings.Cut(strings.TrimSpace(d.input.Value), " ")
	d.date.Value, d.time.Value = date, clock
}

func inputTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	NewInputDateTime("", jp.Style("width: 600px"), jp.In(wp), jp.Classes("q-pa-md"))
	NewInputDateTime("2020-03-01 12:44", jp.Style("width: 600px"), jp.In(wp), jp.Classes("q-pa-md"))
	NewInputDateTime("2021-04-01 14:44", jp.Style("width: 600px"), jp.In(wp), jp.Classes("q-pa-md"))
	NewInputDateTime("2022-05-01 18:44", jp.Style("width: 600px"), jp.In(wp), jp.Classes("q-pa-md"))
	return wp
}

// InputTest is JustPy's input_test: four inputs of a date and time, each
// with a date picker and a time picker that follow it and that it follows.
var InputTest = catalog.Example{Name: "input_test", Doc: "Inputs of a date and time, each with a date picker and a time picker that follow it", Source: "input_test_.go", App: catalog.Page(inputTest)}
