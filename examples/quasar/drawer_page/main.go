// Command drawer_page is JustPy's qdrawer_page (Quasar tutorial: QDrawer),
// ported to JustGo's Web Awesome widgets: a menu button above the words
// "page container"; pressing it slides a 200-pixel panel in from the left
// that says "scroll area left". The panel closes with its close button, the
// Escape key or a click beside it, and the menu button opens it again.
//
// Quasar's QLayout and QPageContainer have no counterpart needed here: the
// page is the layout, and a wa-drawer slides over it (Quasar's drawer, on a
// window narrower than its breakpoint, does the same). The drawer reports
// open after it opens or closes (wa-after-show, wa-after-hide), so the
// handler reads el.Prop("open") and sets the opposite, as JustPy's toggles
// the drawer's value. QScrollArea is a wa-scroller.
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

func toggleVisibleDrawer(drawer *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		open, _ := drawer.Prop("open").(bool)
		drawer.SetProp("open", !open)
		return nil
	}
}

func drawerPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()

	btnDrawer := wa.Button(wa.Appearance("plain"), jp.Attr("aria-label", "Menu"), jp.In(wp))
	jp.I(jp.Classes("fa fa-bars"), jp.In(btnDrawer))

	layout := jp.Div(jp.Classes("p-4"), jp.In(wp))
	jp.Div(jp.Text("page container"), jp.In(layout))

	drawer := wa.Drawer(
		wa.Label("Menu"),
		wa.Placement("start"),
		wa.LightDismiss(),
		jp.Style("--size: 200px"),
		jp.In(layout),
	)
	btnDrawer.On("click", toggleVisibleDrawer(drawer))
	scrollArea := wa.Scroller(jp.Classes("h-full"), jp.In(drawer))
	jp.Div(jp.Text("scroll area left"), jp.In(scrollArea))

	return wp
}

func main() { jp.JustPy(drawerPage) }
