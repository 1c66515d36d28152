// Command portlab serves the pages the browser tests of what JustPy's
// tutorial needs use: focus, SVG, transitions, drag and drop, event
// properties and stopped propagation.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
)

// focusTest is JustPy's focus_test: the third input has focus at first;
// a button moves it to the first.
func focusTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	var inputs []*jp.Element
	for i := 1; i <= 4; i++ {
		in := jp.Input(jp.Classes(jp.Styles.InputClasses()), jp.Placeholder(fmt.Sprintf("Input %d", i)), jp.ID(fmt.Sprintf("in%d", i)), jp.In(wp))
		in.On("blur", func(self *jp.Element, _ *jp.Msg) { self.SetFocus(false) })
		inputs = append(inputs, in)
	}
	inputs[2].SetFocus(true)
	jp.Button(jp.Text("Focus the first"), jp.ID("move"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) {
		inputs[0].SetFocus(true)
	}))
	jp.Button(jp.Text("Add an input"), jp.ID("add"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) {
		jp.Input(jp.ID("late"), jp.SetFocus(true), jp.In(wp))
	}))
	return wp
}

// svgTest draws shapes at first paint and adds more by patch.
func svgTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	svg := jp.Tag("svg", jp.Attrs(map[string]string{"viewBox": "0 0 100 100", "width": "200", "height": "200"}), jp.ID("pic"), jp.In(wp))
	jp.Tag("circle", jp.Attrs(map[string]string{"cx": "50", "cy": "50", "r": "40", "fill": "red"}), jp.ID("first"), jp.In(svg))
	jp.Button(jp.Text("Add shapes"), jp.ID("add"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) {
		g := jp.Tag("g", jp.In(svg))
		jp.Tag("rect", jp.Attrs(map[string]string{"x": "10", "y": "10", "width": "30", "height": "20", "fill": "blue"}), jp.ID("rect"), jp.In(g))
		jp.Tag("circle", jp.Attrs(map[string]string{"cx": "20", "cy": "20", "r": "5"}), jp.ID("late"), jp.In(g))
		s2 := jp.Tag("svg", jp.Attrs(map[string]string{"viewBox": "0 0 10 10", "width": "50", "height": "50"}), jp.ID("second"), jp.In(wp))
		jp.Tag("circle", jp.Attrs(map[string]string{"cx": "5", "cy": "5", "r": "4"}), jp.ID("inner"), jp.In(s2))
	}))
	return wp
}

var fade = jp.Transition{
	Load: "transition ease-out duration-1000", LoadStart: "opacity-0", LoadEnd: "opacity-100",
	Enter: "transition ease-out duration-1000", EnterStart: "opacity-0", EnterEnd: "opacity-100",
	Leave: "transition ease-in duration-1000", LeaveStart: "opacity-100", LeaveEnd: "opacity-0",
}

// transitionTest is JustPy's transition_test: a button toggles the class
// hidden of a div that fades in and out.
func transitionTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Text("hello"), jp.ID("box"), jp.Classes("border m-2 h-16 w-16 bg-blue-500"), jp.WithTransition(fade), jp.In(wp))
	jp.Button(jp.Text("Toggle"), jp.ID("toggle"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) {
		if d.HasClass("hidden") {
			d.RemoveClass("hidden")
		} else {
			d.SetClass("hidden")
		}
	}))
	jp.Button(jp.Text("Show or hide"), jp.ID("show"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) { d.Show = !d.Show }))
	return wp
}

// dragTest is JustPy's drag_test: an image dragged between boxes.
func dragTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	img := jp.Img(jp.Src("data:image/gif;base64,R0lGODlhAQABAAAAACw="), jp.Attr("width", "40"), jp.Attr("height", "40"), jp.ID("img"),
		jp.Classes("border"), jp.Draggable("bg-red-500"))
	log := jp.Div(jp.ID("log"), jp.In(wp))
	row := jp.Div(jp.Classes("flex"), jp.In(wp))
	var boxes []*jp.Element
	for i := 0; i < 3; i++ {
		b := jp.Div(jp.ID(fmt.Sprintf("box%d", i)), jp.Style("height: 80px; width: 80px"), jp.Classes("m-4 border-2"), jp.In(row))
		b.On("drop", func(self *jp.Element, msg *jp.Msg) {
			if msg.Dragged != img {
				log.Text = "dropped something else: " + msg.DragText
				return
			}
			for _, o := range boxes {
				o.Remove(img)
			}
			self.Add(img)
			log.Text = "dropped on " + self.Attr("id")
		})
		boxes = append(boxes, b)
	}
	boxes[0].Add(img)
	img.On("dragstart", func(self *jp.Element, msg *jp.Msg) {
		log.Text = "dragging " + msg.Dragged.(*jp.Element).Attr("id")
	})
	return wp
}

// eventsTest is JustPy's event_demo and /no_propagation: a click reports
// the event's properties the div asked for; the inner div's click stops
// there, the other one's reaches the outer div too.
func eventsTest(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	log := jp.Div(jp.ID("log"), jp.In(wp))
	outer := jp.Div(jp.ID("outer"), jp.Classes("p-8"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) { log.Text += " outer" }))
	jp.Div(jp.Text("props"), jp.ID("props"), jp.Classes("p-4"), jp.In(outer),
		jp.AdditionalProperties("screenX", "pageY", "altKey", "which", "movementX", "button", "buttons", "type"),
		jp.On("click", func(_ *jp.Element, msg *jp.Msg) {
			p := msg.EventProps
			log.Text += fmt.Sprintf("props %v %v %v %v %v", p["pageY"].(float64) > 0, p["altKey"], p["which"], p["type"], len(p))
		}))
	jp.Div(jp.Text("stopper"), jp.ID("stopper"), jp.Classes("p-4"), jp.In(outer), jp.EventPropagation(false),
		jp.On("click", func(*jp.Element, *jp.Msg) { log.Text += " stopped" }))
	return wp
}

func main() {
	jp.SetRoute("/focus", focusTest)
	jp.SetRoute("/svg", svgTest)
	jp.SetRoute("/transition", transitionTest)
	jp.SetRoute("/drag", dragTest)
	jp.SetRoute("/events", eventsTest)
	jp.JustPy(focusTest)
}
