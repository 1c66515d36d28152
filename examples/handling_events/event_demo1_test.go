package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestEventDemo1(t *testing.T) {
	p := jptest.Serve(t, eventDemo1).Open("/")
	p.ShouldSee("Not clicked yet")
	p.Click(p.ByText("Not clicked yet"))
	p.ShouldSee("I was clicked")
}
