package main

import (
	"reflect"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// The gallery, line by line, without a browser: jptest plays what each
// component does (e2e's TestWidgetsGallery clicks the real ones in
// Chromium).
func TestGallery(t *testing.T) {
	p := jptest.Serve(t, widgets).Open("/")

	p.Type(p.ByLabel("Name"), "Ada")
	p.ShouldSee("Hello, Ada")

	dark := p.ByText("Dark mode")
	p.Check(dark, true)
	if !p.Dark() {
		t.Error("the switch did not darken the page")
	}
	p.Check(dark, false)
	if p.Dark() {
		t.Error("the switch did not lighten the page")
	}

	p.SelectMany(p.ByLabel("Fruits"), "Apple", "Cherry")
	p.ShouldSee("Chosen: Apple, Cherry")

	p.Select(p.ByLabel("Volume"), "42")
	p.ShouldSee("Volume: 42")

	// The server opens the dialog; the person closes it with Escape, then
	// with its button.
	dialog := p.ByLabel("Settings")
	p.Click(p.ByRole("button", "Open dialog"))
	if dialog.Prop("open") != true {
		t.Errorf("the dialog's open is %v", dialog.Prop("open"))
	}
	p.OpenControl(dialog)
	p.ShouldSee("Dialog open")
	p.CloseControl(dialog)
	p.ShouldSee("Dialog closed")
	p.Click(p.ByRole("button", "Open dialog"))
	p.OpenControl(dialog)
	p.ShouldSee("Dialog open")
	p.Click(dialog.ByRole("button", "Close"))
	p.ShouldSee("Dialog closed")
	if dialog.Prop("open") != false {
		t.Errorf("the dialog's open is %v after Close", dialog.Prop("open"))
	}

	p.Click(p.ByRole("button", "Notify"))
	if got := p.Toasts(); !reflect.DeepEqual(got, []string{"Saved"}) {
		t.Errorf("toasts %q", got)
	}

	p.Dispatch(p.All("wa-tab-group")[0], "wa-tab-show", map[string]any{"name": "two"})
	p.ShouldSee("Tab: two")

	tree := p.All("wa-tree")[0]
	p.Dispatch(tree, "wa-selection-change", map[string]any{"selection": []string{tree.ByText("Banana").Ref}})
	p.ShouldSee("Selected: Banana")
}
