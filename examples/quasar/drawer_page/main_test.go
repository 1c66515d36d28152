package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestDrawerPage(t *testing.T) {
	p := jptest.Serve(t, drawerPage).Open("/")
	p.ShouldSee("page container")
	drawer := p.All("wa-drawer")[0]
	if drawer.Prop("open") == true {
		t.Fatal("the drawer starts open")
	}
	menu := p.ByRole("button", "Menu")

	p.Click(menu)
	if drawer.Prop("open") != true {
		t.Fatal("the menu button did not open the drawer")
	}
	drawer.ByText("scroll area left")

	p.CloseControl(drawer) // its close button, Escape or a click beside it
	p.Click(menu)
	if drawer.Prop("open") != true {
		t.Fatal("the menu button did not open the drawer again")
	}
}
