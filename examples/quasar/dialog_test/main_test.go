package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestAlertDialog(t *testing.T) {
	p := jptest.Serve(t, dialogTest).Open("/")
	dialog := p.ByLabel("Alert")
	if dialog.Tag != "wa-dialog" || dialog.Prop("open") == true {
		t.Fatalf("the page starts with a <%s> open=%v", dialog.Tag, dialog.Prop("open"))
	}

	p.Click(p.ByRole("button", "Alert"))
	if dialog.Prop("open") != true {
		t.Fatal("Alert did not open the dialog")
	}
	// OK closes the dialog in the browser, as v-close-popup does; the
	// dialog then reports that it closed.
	if ok := dialog.ByRole("button", "OK"); ok.Attr("data-dialog") != "close" {
		t.Fatalf("OK does not close the dialog: %v", ok.Attrs)
	}
	p.CloseControl(dialog)

	p.Click(p.ByRole("button", "Alert")) // and it opens again
	if dialog.Prop("open") != true {
		t.Fatal("Alert did not open the dialog a second time")
	}
}

func TestSeamlessDialog(t *testing.T) {
	p := jptest.Serve(t, dialogTest).Open("/")
	p.ShouldNotSee("Evening Raga")
	p.Click(p.ByRole("button", "Open seamless Dialog"))
	p.ShouldSee("Evening Raga")
	p.ShouldSee("The Server Side Quartet")
	p.Click(p.ByRole("button", "Alert")) // the page behind stays usable
	p.Click(p.ByRole("button", "Close"))
	p.ShouldNotSee("Evening Raga")
	p.Click(p.ByRole("button", "Open seamless Dialog"))
	p.ShouldSee("Evening Raga")
}
