// Command quasar_example1 is JustPy's quasar_example1 (Quasar tutorial:
// introduction, QBtn), ported to JustGo's Web Awesome widgets: a page in
// dark mode with four buttons, "On Left", "On Right", "On Left and Right"
// (icons where they say) and a "Stacked" one below; a click on any
// gives that button a random colour, labels it with the colour's name, and
// switches the page between dark and light.
//
// A wa-button's colour is its variant (brand, neutral, success, warning,
// danger: Web Awesome's names for Quasar's colours), and its icons go in
// the slots start and end (Quasar's icon and icon-right); it cannot stack
// an icon over its label, so "Stacked" has its icon at the start. Dark
// mode is wp.Dark, which switches Tailwind's dark mode and Web Awesome's
// theme together (JustPy's page.dark and set_dark_mode).
package main

import (
	"math/rand/v2"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

var variants = []string{"brand", "neutral", "success", "warning", "danger"}

func myClick(self *jp.Element, msg *jp.Msg) error {
	variant := variants[rand.IntN(len(variants))]
	self.SetAttr("variant", variant)
	self.Text = variant
	msg.Page.Dark = !msg.Page.Dark
	return nil
}

// icon is a Font Awesome icon in a button's slot.
func icon(name, slot string) *jp.Element {
	return jp.I(jp.Classes("fa fa-"+name), jp.Attr("slot", slot))
}

func quasarExample1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Dark = true // load the page in dark mode
	d := jp.Div(jp.Classes("p-4 flex flex-wrap gap-2"), jp.In(wp))
	b := wa.Button(wa.Variant("brand"), jp.Text("On Left"), jp.In(d), jp.On("click", myClick))
	b.Add(icon("envelope", "start"))
	b = wa.Button(wa.Variant("neutral"), jp.Text("On Right"), jp.In(d), jp.On("click", myClick))
	b.Add(icon("envelope", "end"))
	b = wa.Button(wa.Variant("danger"), jp.Text("On Left and Right"), jp.In(d), jp.On("click", myClick))
	b.Add(icon("envelope", "start"), icon("paper-plane", "end"))
	jp.Div(jp.Classes("w-full"), jp.In(d)) // a line break
	b = wa.Button(wa.Variant("success"), jp.Text("Stacked"), jp.In(d), jp.On("click", myClick))
	b.Add(icon("phone", "start"))
	return wp
}

func main() { jp.JustPy(quasarExample1) }
