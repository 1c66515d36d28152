package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestTargetTest(t *testing.T) {
	p := catalogtest.Open(t, TargetTest)
	p.ShouldSee("info will go here")
	p.Click(p.ByText("Button 4"))
	p.ShouldSee("Button 4 was clicked")
	p.Click(p.ByText("Button 2"))
	p.ShouldSee("Button 2 was clicked")
	p.ShouldNotSee("Button 4 was clicked")
}
