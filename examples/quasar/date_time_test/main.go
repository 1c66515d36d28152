// Command date_time_test is JustPy's date_time_test (Quasar tutorial: QDate
// and QTime), ported to JustGo's Web Awesome widgets: a large badge that
// reads "2020-01-01 07:00", a note of its format, and below them a date
// field and a time field; choosing a date changes the badge's date,
// choosing a time its time.
//
// Web Awesome has no calendar like QDate: a wa-input of type date shows
// the browser's own date picker, and wa-time-input, Web Awesome's time
// picker, stands for QTime. Their values are the wire formats of HTML's
// date and time inputs ("2020-01-01", "07:00"). JustPy binds the three to
// one value of the page's data, "YYYY-MM-DD HH:mm", and each QDate and
// QTime changes its part of it; jp.Model binds native inputs only, so the
// handlers here do that, in wp.State, and show the result.
package main

import (
	jp "github.com/justgo/justgo"
)

const htmlString = `
<div class="p-4">
  <div class="flex items-center gap-2">
    <wa-badge variant="success" name="badge" class="text-4xl"></wa-badge>
    <wa-badge variant="brand" class="m-4">Format: YYYY-MM-DD HH:mm</wa-badge>
  </div>

  <div class="flex gap-4 items-start">
    <wa-input type="date" label="Date" name="date"></wa-input>
    <wa-time-input label="Time" hour-format="24" name="time"></wa-time-input>
  </div>
</div>
`

func dateTimeTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.State = jp.State{"date": "2020-01-01 07:00"}
	d := jp.ParseHTML(htmlString, jp.In(wp))
	badge, date, clock := d.NameDict["badge"], d.NameDict["date"], d.NameDict["time"]

	// show puts the page's value in the badge and its parts in the fields.
	show := func() {
		v := wp.State["date"].(string)
		badge.Text = v
		date.Value, clock.Value = v[:10], v[11:]
	}
	date.On("change", func(self *jp.Element, msg *jp.Msg) error {
		if len(msg.Value) == len("2006-01-02") {
			wp.State["date"] = msg.Value + wp.State["date"].(string)[10:]
		}
		show()
		return nil
	})
	clock.On("change", func(self *jp.Element, msg *jp.Msg) error {
		if len(msg.Value) >= len("15:04") { // seconds, if any, are dropped
			wp.State["date"] = wp.State["date"].(string)[:11] + msg.Value[:5]
		}
		show()
		return nil
	})
	show()
	return wp
}

func main() { jp.JustPy(dateTimeTest) }
