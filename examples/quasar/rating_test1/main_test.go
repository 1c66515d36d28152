package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestEveryRatingFollowsTheOneChosen(t *testing.T) {
	p := jptest.Serve(t, ratingTest1).Open("/")
	ratings := p.All("wa-rating")
	if len(ratings) != 8 {
		t.Fatalf("%d ratings", len(ratings))
	}
	all := func(want string) {
		t.Helper()
		for _, r := range ratings {
			if r.Value != want {
				t.Errorf("%s shows %q, want %q", r.Attr("label"), r.Value, want)
			}
		}
	}
	all("2")

	p.Select(p.ByLabel("Pens"), "4") // four pens
	all("4")
	p.Select(p.ByLabel("Faces"), "1") // the row of four
	all("1")
	if max := p.ByLabel("Faces").Attr("max"); max != "4" {
		t.Errorf("Faces has max %q", max)
	}
}
