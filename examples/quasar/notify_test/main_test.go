package main

import (
	"slices"
	"testing"
	"time"

	"github.com/justgo/justgo/jptest"
)

func TestNotifyTest(t *testing.T) {
	now = func() time.Time { return time.Date(2020, 1, 1, 7, 30, 5, 0, time.UTC) }
	t.Cleanup(func() { now = time.Now })
	p := jptest.Serve(t, notifyTest).Open("/")
	if n := len(p.All("wa-button")); n != 9 {
		t.Fatalf("%d buttons", n)
	}

	p.Click(p.ByRole("button", "top-left"))
	p.Click(p.ByRole("button", "bottom"))
	p.Click(p.ByRole("button", "right"))
	want := []string{
		"Notification in/on top-left · Time: 07:30:05, 2020-01-01",
		"Notification in/on bottom · Time: 07:30:05, 2020-01-01",
		"Notification in/on right · Time: 07:30:05, 2020-01-01",
	}
	if got := p.Toasts(); !slices.Equal(got, want) {
		t.Errorf("toasts %q, want %q", got, want)
	}
	// one stack for each place a toast went to; right shares top-right's
	var placements []string
	for _, stack := range p.All("wa-toast") {
		placements = append(placements, stack.Attr("placement"))
	}
	slices.Sort(placements)
	if want := []string{"bottom-center", "top-end", "top-start"}; !slices.Equal(placements, want) {
		t.Errorf("toast stacks at %q, want %q", placements, want)
	}
}
