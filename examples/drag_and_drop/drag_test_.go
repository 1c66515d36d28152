package draganddrop

import (
	"io"
	"net/http"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// pythonLogo is the picture dragged. JustPy's links python.org's "Python
// powered" logo; the port serves a picture of its own (pythonPowered), so
// that the page needs no other site. The path is relative, so that it
// works wherever the program is mounted.
const pythonLogo = "python-powered.svg"

// pythonPowered is a stand-in for the logo: a badge saying "Python
// powered".
const pythonPowered = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 140 182" width="140" height="182">` +
	`<rect x="4" y="4" width="132" height="174" rx="14" fill="#306998" stroke="#ffd43b" stroke-width="6"/>` +
	`<text x="70" y="80" font-family="sans-serif" font-size="26" font-weight="bold" fill="#ffd43b" text-anchor="middle">Python</text>` +
	`<text x="70" y="115" font-family="sans-serif" font-size="22" fill="#ffffff" text-anchor="middle">powered</text></svg>`

// dragPage is what JustPy keeps on the page (wp.image, wp.div_list,
// wp.current_index).
type dragPage struct {
	image        *jp.Element
	divList      []*jp.Element
	currentIndex int
}

// dragStart stops the image's animation while it is dragged, so that the
// drop plays it again.
func (wp *dragPage) dragStart(self *jp.Element, msg *jp.Msg) {
	wp.image.SetAnimation("")
}

// drop moves the image into the div it was dropped on (index), zooming in.
func (wp *dragPage) drop(index int) func(self *jp.Element, msg *jp.Msg) {
	return func(self *jp.Element, msg *jp.Msg) {
		wp.image.SetAnimation("zoomIn")
		if index != wp.currentIndex {
			wp.divList[wp.currentIndex].DeleteComponents()
			wp.divList[index].Add(wp.image)
			wp.currentIndex = index
		}
	}
}

func dragTest(r *jp.Request) *jp.WebPage {
	page := jp.NewWebPage()
	wp := &dragPage{currentIndex: 0}
	dragClasses := "text-white bg-red-500" // drag_options
	wp.image = jp.Img(
		jp.Src(pythonLogo),
		jp.Attr("height", "100"),
		jp.Attr("width", "100"),
		jp.Attr("alt", "Python powered"),
		jp.Classes("border faster"),
		jp.Draggable(dragClasses),
		jp.Animation("zoomIn"),
	)
	wp.image.On("dragstart", wp.dragStart)

	d := jp.Div(jp.Classes("flex flex-wrap"), jp.In(page))
	for i := range 30 {
		// An element with a drop handler accepts drops: JustPy's
		// events.append("dragover") is not needed.
		wp.divList = append(wp.divList, jp.Div(
			jp.Style("height: 160px; width: 130px"),
			jp.Classes("m-4 border-2 flex items-center justify-center"),
			jp.On("drop", wp.drop(i)),
			jp.In(d),
		))
	}
	wp.divList[0].Add(wp.image)
	return page
}

// DragTest is JustPy's drag_test: a picture that can be dragged into any
// of thirty boxes, where it zooms in.
var DragTest = catalog.Example{Name: "drag_test", Doc: "A picture dragged into any of thirty boxes, where it zooms in", Source: "drag_test_.go", App: dragTestApp}

func dragTestApp(cfg jp.Config) *jp.App {
	app := catalog.Page(dragTest)(cfg)
	app.Handle("GET /"+pythonLogo, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/svg+xml")
		io.WriteString(w, pythonPowered)
	}))
	return app
}
