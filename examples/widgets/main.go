// Command widgets is a gallery of Web Awesome's components driven from Go:
// each line does one thing a person can check in a moment, and the text
// beside it shows what the server knows.
package main

import (
	"fmt"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

func widgets(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Title = "Widgets"
	box := jp.Div(jp.Classes("m-4 flex flex-col gap-4 max-w-xl"), jp.In(wp))
	line := func() *jp.Element { return jp.Div(jp.Classes("flex items-center gap-4"), jp.In(box)) }

	// An input: typing shows a greeting.
	row := line()
	name := wa.Input(wa.Label("Name"), jp.In(row))
	hello := jp.P(jp.Text("Hello, stranger"), jp.In(row))
	name.On("input", func(self *jp.Element, msg *jp.Msg) error {
		hello.Text = "Hello, " + msg.Value
		return nil
	})

	// A switch: dark mode for the page and the widgets.
	row = line()
	dark := wa.Switch(jp.Text("Dark mode"), jp.In(row))
	dark.On("change", func(self *jp.Element, msg *jp.Msg) error {
		msg.Page.Dark = msg.Checked
		return nil
	})

	// A select that takes several.
	row = line()
	fruits := wa.Select(wa.Label("Fruits"), wa.Multiple(), jp.In(row))
	for _, f := range []string{"Apple", "Banana", "Cherry"} {
		wa.Option(jp.Value(f), jp.Text(f), jp.In(fruits))
	}
	chosen := jp.P(jp.Text("Chosen: none"), jp.In(row))
	fruits.On("change", func(self *jp.Element, msg *jp.Msg) error {
		chosen.Text = "Chosen: " + strings.Join(msg.Values, ", ")
		return nil
	})

	// A slider.
	row = line()
	volume := wa.Slider(wa.Label("Volume"), wa.Min("0"), wa.Max("100"), jp.Value("50"), jp.In(row))
	level := jp.P(jp.Text("Volume: 50"), jp.In(row))
	volume.On("input", func(self *jp.Element, msg *jp.Msg) error {
		level.Text = fmt.Sprintf("Volume: %g", msg.Number)
		return nil
	})

	// A dialog the server opens; the person closes it with its button or
	// Escape, and the server knows.
	row = line()
	open := wa.Button(jp.Text("Open dialog"), jp.In(row))
	state := jp.P(jp.Text("Dialog closed"), jp.In(row))
	dialog := wa.Dialog(wa.Label("Settings"), jp.Prop("open", false), jp.In(row))
	jp.P(jp.Text("Nothing to set yet."), jp.In(dialog))
	closer := wa.Button(jp.Text("Close"), jp.Attr("slot", "footer"), jp.In(dialog))
	open.On("click", func(self *jp.Element, msg *jp.Msg) error {
		dialog.SetProp("open", true)
		return nil
	})
	closer.On("click", func(self *jp.Element, msg *jp.Msg) error {
		dialog.SetProp("open", false)
		state.Text = "Dialog closed"
		return nil
	})
	dialog.On("wa-after-show", func(self *jp.Element, msg *jp.Msg) error {
		state.Text = "Dialog open"
		return nil
	})
	dialog.On("wa-after-hide", func(self *jp.Element, msg *jp.Msg) error {
		state.Text = "Dialog closed"
		return nil
	})

	// A toast that goes away by itself.
	row = line()
	notify := wa.Button(jp.Text("Notify"), jp.In(row))
	wa.Icon(jp.Name("bell"), jp.Attr("slot", "start"), jp.In(notify))
	notify.On("click", func(self *jp.Element, msg *jp.Msg) error {
		wa.Notify(msg.Page, "Saved", wa.Notice{Variant: "success", Duration: 3e9})
		return nil
	})

	// Tabs.
	tabs := wa.TabGroup(jp.In(box))
	shown := jp.P(jp.Text("Tab: one"), jp.In(box))
	for _, t := range []struct{ name, label, text string }{{"one", "One", "Panel one"}, {"two", "Two", "Panel two"}, {"three", "Three", "Panel three"}} {
		wa.Tab(jp.Text(t.label), wa.Panel(t.name), jp.Attr("slot", "nav"), jp.In(tabs))
		wa.TabPanel(jp.Text(t.text), jp.Name(t.name), jp.In(tabs))
	}
	tabs.On("wa-tab-show", func(self *jp.Element, msg *jp.Msg) error {
		detail, _ := msg.Detail.(map[string]any)
		shown.Text = fmt.Sprintf("Tab: %v", detail["name"])
		return nil
	})

	// A tree.
	tree := wa.Tree(jp.In(box))
	top := wa.TreeItem(jp.Text("Fruits"), wa.Expanded(), jp.In(tree))
	names := map[string]string{}
	for _, f := range []string{"Apple", "Banana"} {
		names[wa.TreeItem(jp.Text(f), jp.In(top)).Ref()] = f
	}
	selected := jp.P(jp.Text("Selected: none"), jp.In(box))
	tree.On("wa-selection-change", func(self *jp.Element, msg *jp.Msg) error {
		detail, _ := msg.Detail.(map[string]any)
		items, _ := detail["selection"].([]any)
		var picked []string
		for _, it := range items {
			if ref, ok := it.(string); ok {
				picked = append(picked, names[ref])
			}
		}
		selected.Text = "Selected: " + strings.Join(picked, ", ")
		return nil
	})
	return wp
}

func main() { jp.JustPy(widgets) }
