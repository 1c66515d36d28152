package customcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// DataCalendarDate is custom_comp_test5's CalendarDate: its colour is its
// parent div's data (JustPy passes the parent's data to react).
type DataCalendarDate struct {
	CalendarDate
	data jp.State
}

// NewDataCalendarDate makes 1 Jan 2010 coloured by data["color"].
func NewDataCalendarDate(data jp.State, set func(*CalendarDate), opts ...jp.Opt) *DataCalendarDate {
	c := &DataCalendarDate{CalendarDate: CalendarDate{Month: "Jan", Year: "2010", Weekday: "Sun", Day: 1, Color: "red"}, data: data}
	if set != nil {
		set(&c.CalendarDate)
	}
	c.Element = jp.Make(c, "div", opts...)
	return c
}

// React is JustPy's react(self, data).
func (c *DataCalendarDate) React() {
	c.InnerHTML = calendarHTML(fmt.Sprint(c.data["color"]), c.Month, c.Day, c.Weekday, c.Year)
}

func changeColor5(d *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		d.State["color"] = self.Value
		return nil
	}
}

func customCompTest5(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	year := 2019
	month := "Feb"
	d := jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	d.State = jp.State{"color": "purple"}
	for day := 1; day < 11; day++ {
		NewDataCalendarDate(d.State, func(c *CalendarDate) { c.Day, c.Month, c.Year, c.Color = day, month, fmt.Sprint(year), "teal" }, jp.In(d))
	}
	d = jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	d.State = jp.State{"color": "red"}
	for day := 5; day < 26; day++ {
		c := NewDataCalendarDate(d.State, func(c *CalendarDate) { c.Day, c.Month, c.Year, c.Color = day, "Jul", "2005", "yellow" }, jp.In(d))
		c.Day++ // Notice how the date starts from 6 and not from 5.
	}
	colors := []string{"red", "green", "blue", "pink", "yellow", "teal", "purple"}
	s := jp.Select(jp.Classes("w-32 text-xl m-2 p-2 bg-white  border rounded-full"), jp.In(wp), jp.Value("red"),
		jp.On("change", changeColor5(d)))
	for _, color := range colors {
		s.Add(jp.Option(jp.Value(color), jp.Text(color), jp.Classes("bg-"+color+"-600")))
	}
	return wp
}

// CustomCompTest5 is JustPy's custom_comp_test5: dates coloured by their
// div's data, which a select changes.
var CustomCompTest5 = catalog.Example{Name: "custom_comp_test5", Doc: "Dates coloured by their div's data, which a select changes for the second row", Source: "custom_comp_test5.go", App: catalog.Page(customCompTest5)}
