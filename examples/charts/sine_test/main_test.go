package main

import (
	"fmt"
	"math"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// Ten series, F1 to F10, each of 201 points of sin(f·x) from -π to π.
func TestSinesGalore(t *testing.T) {
	p := jptest.Serve(t, sineTest).Open("/")
	o := p.ChartOptions(p.All("jp-echart")[0])
	if got := o["title"].(map[string]any)["text"]; got != "Sines Galore" {
		t.Errorf("title %v", got)
	}
	series := o["series"].([]any)
	if len(series) != 10 {
		t.Fatalf("%d series, want 10", len(series))
	}
	for i, s := range series {
		s := s.(map[string]any)
		f := float64(i + 1)
		if s["name"] != fmt.Sprintf("F%d", i+1) || s["type"] != "line" {
			t.Errorf("series %d is %v %v", i, s["type"], s["name"])
		}
		data := s["data"].([]any)
		if len(data) != 201 {
			t.Fatalf("%v has %d points", s["name"], len(data))
		}
		for _, j := range []int{0, 37, 100, 200} {
			xy := data[j].([]any)
			x, y := xy[0].(float64), xy[1].(float64)
			if wantX := -math.Pi + 2*math.Pi*float64(j)/200; math.Abs(x-wantX) > 1e-12 || math.Abs(y-math.Sin(f*x)) > 1e-12 {
				t.Errorf("%v point %d is (%v, %v)", s["name"], j, x, y)
			}
		}
	}
}
