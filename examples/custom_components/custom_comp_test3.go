package customcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// CalendarDate is a date drawn as a page of a calendar. Its fields are
// JustPy's keyword arguments, with their defaults in NewCalendarDate.
type CalendarDate struct {
	*jp.Element
	Month, Year, Weekday string
	Day                  int
	Color                string
}

// calendarHTML is the date's page of a calendar.
func calendarHTML(color, month string, day int, weekday, year string) string {
	return fmt.Sprintf(`
        <div class="w-24 rounded-t overflow-hidden bg-white text-center m-2 cursor-default">
            <div class="bg-%s-500 text-white py-1">
                %s
            </div>
            <div class="pt-1 border-l border-r">
                <span class="text-4xl font-bold">%d</span>
            </div>
            <div class="pb-2 px-2 border-l border-r border-b rounded-b flex justify-between">
                <span class="text-xs font-bold">%s</span>
                <span class="text-xs font-bold">%s</span>
            </div>
        </div>
        `, color, month, day, weekday, year)
}

// NewCalendarDate makes 1 Jan 2010, a red Sunday, that set changes; its
// HTML is made now, from what set made it (custom_comp_test3's way).
func NewCalendarDate(set func(*CalendarDate), opts ...jp.Opt) *CalendarDate {
	c := &CalendarDate{Month: "Jan", Year: "2010", Weekday: "Sun", Day: 1, Color: "red"}
	if set != nil {
		set(c)
	}
	c.Element = jp.Make(c, "div", opts...)
	c.InnerHTML = calendarHTML(c.Color, c.Month, c.Day, c.Weekday, c.Year)
	return c
}

func customCompTest3(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	year := 2019
	month := "Feb"
	d := jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	for day := 1; day < 11; day++ {
		NewCalendarDate(func(c *CalendarDate) { c.Day, c.Month, c.Year, c.Color = day, month, fmt.Sprint(year), "green" }, jp.In(d), jp.Animation("bounceIn"))
	}
	d = jp.Div(jp.Classes("flex flex-wrap"), jp.In(wp))
	for day := 5; day < 26; day++ {
		NewCalendarDate(func(c *CalendarDate) { c.Day, c.Month, c.Year, c.Color = day, "Jul", "2005", "yellow" }, jp.In(d))
	}
	return wp
}

// CustomCompTest3 is JustPy's custom_comp_test3: CalendarDate, a component
// whose HTML is made when it is.
var CustomCompTest3 = catalog.Example{Name: "custom_comp_test3", Doc: "CalendarDate, a component made of HTML written when it is made", Source: "custom_comp_test3.go", App: catalog.Page(customCompTest3)}
