package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestDateTimeTest(t *testing.T) {
	p := jptest.Serve(t, dateTimeTest).Open("/")
	p.ShouldSee("2020-01-01 07:00")
	p.ShouldSee("Format: YYYY-MM-DD HH:mm")
	date, clock := p.ByLabel("Date"), p.ByLabel("Time")
	if date.Value != "2020-01-01" || clock.Value != "07:00" {
		t.Fatalf("the fields show %q and %q", date.Value, clock.Value)
	}

	p.Select(date, "2021-05-04") // pick a date
	p.ShouldSee("2021-05-04 07:00")
	p.Select(clock, "18:30") // then a time
	p.ShouldSee("2021-05-04 18:30")
	p.Select(clock, "09:15:42") // seconds are left out
	p.ShouldSee("2021-05-04 09:15")
	if clock.Value != "09:15" {
		t.Errorf("the time field shows %q", clock.Value)
	}
}
