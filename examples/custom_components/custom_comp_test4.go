package customcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// ReactiveCalendarDate is custom_comp_test4's CalendarDate: it writes its
// HTML in React, before each update, so that a change to its fields after
// it was made shows.
type ReactiveCalendarDate struct{ CalendarDate }

// NewReactiveCalendarDate makes 1 Jan 2010 as NewCalendarDate does.
func NewReactiveCalendarDate(set func(*CalendarDate), opts ...jp.Opt) *ReactiveCalendarDate {
	c := &ReactiveCalendarDate{CalendarDate{Month: "Jan", Year: "2010", Weekday: "Sun", Day: 1, Color: "red"}}
	if set != nil {
		set(&c.CalendarDate)
	}
	c.Element = jp.Make(c, "div", opts...)
	return c
}

// React is JustPy's react.
func (c *ReactiveCalendarDate) React() {
	c.InnerHTML = calendarHTML(c.Color, c.Month, c.Day, c.Weekday, c.Year)
}

func customCompTest4(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	year := 2019
	month := "Feb"
	d := jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	for day := 1; day < 11; day++ {
		NewReactiveCalendarDate(func(c *CalendarDate) { c.Day, c.Month, c.Year, c.Color = day, month, fmt.Sprint(year), "teal" }, jp.In(d), jp.Animation("bounceIn"))
	}
	d = jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	for day := 5; day < 26; day++ {
		c := NewReactiveCalendarDate(func(c *CalendarDate) { c.Day, c.Month, c.Year, c.Color = day, "Jul", "2005", "yellow" }, jp.In(d))
		c.Day++ // Notice how the date starts from 6 and not from 5.
	}
	return wp
}

// CustomCompTest4 is JustPy's custom_comp_test4: CalendarDate writing its
// HTML in React, so that the days changed after they were made show.
var CustomCompTest4 = catalog.Example{Name: "custom_comp_test4", Doc: "CalendarDate writing its HTML in React: days changed after they are made show changed", Source: "custom_comp_test4.go", App: catalog.Page(customCompTest4)}
