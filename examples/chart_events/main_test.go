package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

// A click on John's Bananas bar says so, with its value; then Jane's
// Oranges.
func TestClickABar(t *testing.T) {
	p := jptest.Serve(t, chartEvents).Open("/")
	chart := p.All("jp-echart")[0]
	p.ShouldSee("Click a bar")
	p.ClickPoint(chart, "John", 1)
	p.ShouldSee("You clicked John: Bananas = 7")
	p.ClickPoint(chart, "Jane", 2)
	p.ShouldSee("You clicked Jane: Oranges = 4")
	p.ShouldNotSee("Bananas = 7")
}
