package main

import (
	"fmt"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The pie of four fruits, titled and named as the page set them.
func TestFruitDistribution(t *testing.T) {
	p := jptest.Serve(t, pieTest).Open("/")
	o := p.ChartOptions(p.All("jp-echart")[0])
	if got := o["title"].(map[string]any)["text"]; got != "Fruit Distribution" {
		t.Errorf("title %v", got)
	}
	series := o["series"].([]any)
	if len(series) != 1 {
		t.Fatalf("%d series", len(series))
	}
	s := series[0].(map[string]any)
	if s["type"] != "pie" || s["name"] != "Fruits" || s["selectedMode"] != "single" {
		t.Errorf("series %v", s)
	}
	var slices []string
	for _, d := range s["data"].([]any) {
		d := d.(map[string]any)
		slices = append(slices, fmt.Sprint(d["name"], "=", d["value"]))
	}
	if got, want := fmt.Sprint(slices), "[Apples=2 Pears=3 Bananas=4 Melons=5]"; got != want {
		t.Errorf("slices %s, want %s", got, want)
	}
	if got := s["label"].(map[string]any)["formatter"]; got != "{b}: {d}%" {
		t.Errorf("label %v", got)
	}
}
