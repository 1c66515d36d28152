// Command expansion_test is JustPy's expansion_test (Quasar tutorial:
// QExpansionItem, the example with pictures), ported to JustGo's Web
// Awesome widgets: a link, three buttons (Add Image, Close All, Open All)
// and a list of open panels, each headed "Image 10", "Image 11", … with a
// picture in it. Add Image puts a new open panel at the top of the list;
// Close All and Open All close and open every panel; a click on a panel's
// header opens or closes that one.
//
// QExpansionItem is a wa-details, open when its property open is true;
// each reports open after it opens or closes (wa-after-show, wa-after-hide),
// so Open All opens again what the person closed. JustPy's subclass of
// QExpansionItem is a function here, and the number of the next image is
// the page's, not shared by every visitor as JustPy's class attribute is.
// JustPy's pictures come from picsum.photos; these are drawn on the server,
// so the example works offline.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

// myExpansion returns an open panel with picture number imageNum.
func myExpansion(imageNum int) *jp.Element {
	e := wa.Details(wa.Open())
	summary := jp.Span(jp.Attr("slot", "summary"), jp.In(e))
	jp.I(jp.Classes("fa fa-image mr-2"), jp.In(summary))
	summary.Add(jp.TextNode(fmt.Sprintf("Image %d", imageNum)))
	outerDiv := jp.Div(jp.Classes("p-4"), jp.In(e))
	jp.Div(jp.InnerHTML(picture(imageNum)), jp.Attr("role", "img"), jp.Attr("aria-label", fmt.Sprintf("Picture %d", imageNum)), jp.In(outerDiv))
	return e
}

// picture draws picture n, 400 by 300, in a colour of its own.
func picture(n int) string {
	hue := n * 47 % 360
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 300" width="400" height="300">`+
		`<rect width="400" height="300" fill="hsl(%d 60%% 55%%)"/>`+
		`<circle cx="300" cy="80" r="40" fill="hsl(%d 90%% 85%%)"/>`+
		`<path d="M0 300 L130 140 L220 230 L280 170 L400 300 Z" fill="hsl(%d 45%% 30%%)"/>`+
		`<text x="20" y="40" font-family="sans-serif" font-size="24" fill="white">%d</text></svg>`, hue, (hue+40)%360, hue, n)
}

func expansionTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.CSS = "wa-details::part(header) { background: teal; color: white; text-transform: uppercase; letter-spacing: .1em; font-size: .8rem; }"
	imageNum := 10 // start from image 10, as JustPy does
	next := func() *jp.Element {
		e := myExpansion(imageNum)
		imageNum++
		return e
	}

	d := jp.Div(jp.Classes("p-4 max-w-lg"), jp.In(wp))
	jp.A(jp.Href("https://webawesome.com/docs/components/details"), jp.Text("Web Awesome Details Example"), jp.Attr("target", "_blank"),
		jp.Classes("block text-2xl mb-4"), jp.In(d))
	buttons := jp.Div(jp.Classes("flex gap-4 mb-4"), jp.In(d))
	addBtn := wa.Button(jp.Text("Add Image"), wa.Variant("brand"), jp.In(buttons))
	closeBtn := wa.Button(jp.Text("Close All"), wa.Variant("danger"), jp.In(buttons))
	openBtn := wa.Button(jp.Text("Open All"), wa.Variant("success"), jp.In(buttons))
	l := jp.Div(jp.Classes("flex flex-col gap-1 border rounded"), jp.In(d))
	l.AddFirst(next())

	addBtn.On("click", func(self *jp.Element, msg *jp.Msg) error {
		l.AddFirst(next())
		return nil
	})
	setAll := func(open bool) jp.Handler {
		return func(self *jp.Element, msg *jp.Msg) error {
			for _, c := range l.Components() {
				c.(*jp.Element).SetProp("open", open)
			}
			return nil
		}
	}
	closeBtn.On("click", setAll(false))
	openBtn.On("click", setAll(true))

	return wp
}

func main() { jp.JustPy(expansionTest) }
