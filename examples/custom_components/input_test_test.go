package customcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

func TestInputTest(t *testing.T) {
	p := catalogtest.Open(t, InputTest)
	var dates, texts, times []*jptest.Node
	for _, n := range p.All("input") {
		switch n.Attr("type") {
		case "date":
			dates = append(dates, n)
		case "text":
			texts = append(texts, n)
		case "time":
			times = append(times, n)
		}
	}
	if len(dates) != 4 || len(texts) != 4 || len(times) != 4 {
		t.Fatalf("%d dates, %d texts, %d times", len(dates), len(texts), len(times))
	}
	if texts[1].Value != "2020-03-01 12:44" || dates[1].Value != "2020-03-01" || times[1].Value != "12:44" {
		t.Fatalf("the second shows %q, %q, %q", texts[1].Value, dates[1].Value, times[1].Value)
	}
	if texts[0].Value != "" || dates[0].Value != "" {
		t.Errorf("the first is not empty: %q %q", texts[0].Value, dates[0].Value)
	}
	// A picker changes its part of the value.
	p.Fill(dates[1], "2020-03-09")
	if texts[1].Value != "2020-03-09 12:44" {
		t.Errorf("after the date picker: %q", texts[1].Value)
	}
	p.Fill(times[1], "08:05")
	if texts[1].Value != "2020-03-09 08:05" {
		t.Errorf("after the time picker: %q", texts[1].Value)
	}
	// Typing in the input moves the pickers.
	p.Fill(texts[2], "2023-12-24 19:30")
	if dates[2].Value != "2023-12-24" || times[2].Value != "19:30" {
		t.Errorf("after typing: %q %q", dates[2].Value, times[2].Value)
	}
	// The empty one takes a date, and midnight until a time is chosen.
	p.Fill(dates[0], "2024-02-29")
	if texts[0].Value != "2024-02-29 00:00" {
		t.Errorf("the first after a date: %q", texts[0].Value)
	}
}
