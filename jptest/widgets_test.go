package jptest_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/jptest"
	"github.com/justgo/justgo/wa"
)

// say is a handler that shows what fn returns in out.
func say(out *jp.Element, fn func(*jp.Msg) string) func(*jp.Element, *jp.Msg) error {
	return func(_ *jp.Element, msg *jp.Msg) error {
		out.Text = fn(msg)
		return nil
	}
}

// A first paint declares controls and carries their properties; patches
// bring new ones, change and clear properties, and take a declaration away.
func TestControlsAndPropsFromTheServer(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		dialog := wa.Dialog(wa.Label("Settings"), jp.Prop("open", false), jp.In(wp))
		volume := wa.Slider(wa.Label("Volume"), jp.Value("50"), jp.In(wp))
		var added *jp.Element
		jp.Button(jp.Text("Add"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			added = wa.Input(wa.Label("Tags"), jp.Prop("items", []string{"a", "b"}), jp.In(wp))
			dialog.SetProp("open", true)
			volume.Value = "7"
			return nil
		}))
		jp.Button(jp.Text("Change"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			delete(added.DOMProps, "items")
			added.Control = nil
			return nil
		}))
		return wp
	}).Open("/")
	dialog, volume := p.ByLabel("Settings"), p.ByLabel("Volume")
	if dialog.Control == nil || !reflect.DeepEqual(dialog.Control.Props, []string{"open"}) {
		t.Fatalf("the dialog's control: %+v", dialog.Control)
	}
	if dialog.Prop("open") != false || dialog.Attr(wire.AttrProps) != "" || dialog.Attr(wire.AttrControl) == "" {
		t.Errorf("first paint: open %v, attrs %v", dialog.Prop("open"), dialog.Attrs)
	}
	if volume.Prop("value") != 50.0 || volume.Value != "50" {
		t.Errorf("a slider starts at its value attribute, as a number: %#v %q", volume.Prop("value"), volume.Value)
	}
	p.Click(p.ByText("Add"))
	tags := p.ByLabel("Tags")
	if tags.Control == nil || !reflect.DeepEqual(tags.Prop("items"), []any{"a", "b"}) {
		t.Errorf("a new node: control %+v, items %#v", tags.Control, tags.Prop("items"))
	}
	if dialog.Prop("open") != true {
		t.Errorf("open %v after SetProp", dialog.Prop("open"))
	}
	if volume.Prop("value") != 7.0 || volume.Value != "7" {
		t.Errorf("a number control's value from the server: %#v %q", volume.Prop("value"), volume.Value)
	}
	p.Click(p.ByText("Change"))
	if _, ok := tags.Props["items"]; !ok || tags.Prop("items") != nil {
		t.Errorf("a removed property is null: %#v", tags.Props)
	}
	if tags.Control != nil || tags.Attr(wire.AttrControl) != "" {
		t.Errorf("the declaration stayed: %+v", tags.Control)
	}
}

// Calls are recorded in order; toasts are the texts of wa-toast's create.
func TestCallsAndToasts(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		box := jp.Div(jp.Text("box"), jp.In(wp))
		jp.Button(jp.Text("Save"), jp.In(wp), jp.On("click", func(_ *jp.Element, msg *jp.Msg) error {
			wa.Notify(msg.Page, "Saved", wa.Notice{Variant: "success"})
			box.Call("create", "not a toast")
			box.RequestCall("r1", "getBoundingClientRect")
			wa.Notify(msg.Page, "Again", wa.Notice{Placement: "bottom-start"})
			return nil
		}))
		return wp
	}).Open("/")
	if len(p.Calls()) != 0 || len(p.Toasts()) != 0 {
		t.Fatalf("before: %v %v", p.Calls(), p.Toasts())
	}
	p.Click(p.ByText("Save"))
	if got := p.Toasts(); !reflect.DeepEqual(got, []string{"Saved", "Again"}) {
		t.Errorf("toasts %q", got)
	}
	box := p.ByText("box")
	var mine []string // the box's calls, in the order it made them
	for _, c := range p.Calls() {
		if c.ID == box.Ref {
			mine = append(mine, fmt.Sprintf("%s %v %s", c.Method, c.Args, c.RequestID))
		}
	}
	if len(p.Calls()) != 4 || strings.Join(mine, "; ") != "create [not a toast] ; getBoundingClientRect [] r1" {
		t.Errorf("calls %+v", p.Calls())
	}
	if c := p.Calls()[0]; c.Args[0] != "Saved" || c.Args[1].(map[string]any)["allowHtml"] != false {
		t.Errorf("the toast's call %+v", c)
	}
}

// Typing into a wa-input sets its value property key by key: an input
// handler hears each key, a control without one reports its value, and
// Clear and Fill work as on a native input.
func TestTypeIntoDeclaredControl(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		hello := jp.P(jp.Text("Hello, stranger"), jp.In(wp))
		wa.Input(wa.Label("Name"), jp.In(wp), jp.On("input", say(hello, func(m *jp.Msg) string { return "Hello, " + m.Value })))
		plain := wa.Input(wa.Label("Plain"), jp.In(wp))
		shown := jp.P(jp.In(wp))
		jp.Button(jp.Text("Show"), jp.In(wp), jp.On("click", say(shown, func(*jp.Msg) string { return "plain [" + plain.Value + "]" })))
		return wp
	}).Open("/")
	name := p.ByLabel("Name")
	p.Type(name, "Ada")
	p.ShouldSee("Hello, Ada")
	if name.Prop("value") != "Ada" || name.Value != "Ada" {
		t.Errorf("value %#v %q", name.Prop("value"), name.Value)
	}
	p.Clear(name)
	p.ShouldSee("Hello,")
	p.ShouldNotSee("Ada")
	p.Fill(name, "Grace")
	p.ShouldSee("Hello, Grace")
	p.Type(p.ByLabel("Plain"), "Bob")
	p.Click(p.ByText("Show"))
	p.ShouldSee("plain [Bob]")
}

// A value the server made from an older message is stale and ignored, as
// for a native input; the server's later values apply.
func TestStaleValuesOfDeclaredControls(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		in := wa.Input(wa.Label("Q"), jp.In(wp), jp.On("input", func(self *jp.Element, msg *jp.Msg) error {
			if msg.Value == "a" {
				self.Value = "X" // made from the first key: stale by the time it arrives
			}
			return nil
		}))
		wa.Input(wa.Label("R"), jp.In(wp), jp.On("input", func(self *jp.Element, msg *jp.Msg) error {
			if msg.Value == "a" {
				self.SetProp("value", "X") // the property itself: stale too
			}
			return nil
		}))
		jp.Button(jp.Text("Shout"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			in.Value = strings.ToUpper(in.Value)
			return nil
		}))
		return wp
	}).Open("/")
	q := p.ByLabel("Q")
	p.Type(q, "abc")
	if q.Value != "abc" || q.Prop("value") != "abc" {
		t.Errorf("after typing %q %#v", q.Value, q.Prop("value"))
	}
	r := p.ByLabel("R")
	p.Type(r, "abc")
	if r.Value != "abc" || r.Prop("value") != "abc" {
		t.Errorf("after typing, with a property set %q %#v", r.Value, r.Prop("value"))
	}
	p.Click(p.ByText("Shout"))
	if q.Value != "ABC" || q.Prop("value") != "ABC" {
		t.Errorf("after the server's change %q %#v", q.Value, q.Prop("value"))
	}
}

// Check sets a wa-switch's checked property: a change handler gets it, and
// a switch without one reports it after input.
func TestCheckDeclaredControl(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.P(jp.Text("off"), jp.In(wp))
		wa.Switch(jp.Text("Power"), jp.In(wp), jp.On("change", say(out, func(m *jp.Msg) string { return map[bool]string{true: "on", false: "off"}[m.Checked] })))
		quiet := wa.Switch(jp.Text("Quiet"), jp.In(wp))
		jp.Button(jp.Text("Ask"), jp.In(wp), jp.On("click", say(out, func(*jp.Msg) string { return fmt.Sprint("quiet ", quiet.Checked) })))
		return wp
	}).Open("/")
	power := p.ByText("Power")
	p.Check(power, true)
	p.ShouldSee("on")
	if power.Prop("checked") != true || !power.Checked {
		t.Errorf("checked %#v %v", power.Prop("checked"), power.Checked)
	}
	p.Check(power, false)
	p.ShouldSee("off")
	p.Check(p.ByText("Quiet"), true)
	p.Click(p.ByText("Ask"))
	p.ShouldSee("quiet true")
}

// Select and SelectMany set a declared control's value property: a list
// for one that takes several (none chosen is an empty list), a number for
// a slider; over the websocket and over HTTP.
func TestSelectInDeclaredControls(t *testing.T) {
	for _, websockets := range []bool{true, false} {
		t.Run(fmt.Sprint("websockets=", websockets), func(t *testing.T) { selectInDeclaredControls(t, websockets) })
	}
}

func selectInDeclaredControls(t *testing.T, websockets bool) {
	cfg := jp.DefaultConfig()
	cfg.Websockets = websockets
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		fruits := wa.Select(wa.Label("Fruits"), wa.Multiple(), jp.In(wp))
		size := wa.Select(wa.Label("Size"), jp.In(wp))
		for _, f := range []string{"Apple", "Banana", "Cherry"} {
			wa.Option(jp.Value(f), jp.Text(f), jp.In(fruits))
			wa.Option(jp.Value(strings.ToLower(f[:1])), jp.Text(f[:1]), jp.In(size))
		}
		out := jp.P(jp.Text("Chosen: none"), jp.In(wp))
		fruits.On("change", say(out, func(m *jp.Msg) string { return "Chosen: " + strings.Join(m.Values, ", ") }))
		size.On("change", say(out, func(m *jp.Msg) string { return "Size: " + m.Value }))
		level := jp.P(jp.In(wp))
		wa.Slider(wa.Label("Volume"), wa.Min("0"), wa.Max("100"), jp.Value("50"), jp.In(wp),
			jp.On("input", say(level, func(m *jp.Msg) string { return fmt.Sprintf("Volume: %g", m.Number) })))
		capped := wa.Slider(wa.Label("Capped"), jp.In(wp), jp.On("input", func(self *jp.Element, msg *jp.Msg) error {
			self.Value = fmt.Sprint(min(msg.Number, 40))
			return nil
		}))
		known := jp.P(jp.In(wp))
		jp.Button(jp.Text("Known"), jp.In(wp), jp.On("click", say(known, func(*jp.Msg) string {
			return fmt.Sprintf("server has %v, capped %s", fruits.Prop("value"), capped.Value)
		})))
		return wp
	})
	p := jptest.New(t, app).Open("/")
	fruits := p.ByLabel("Fruits")
	p.SelectMany(fruits, "Apple", "Cherry")
	p.ShouldSee("Chosen: Apple, Cherry")
	if !reflect.DeepEqual(fruits.Prop("value"), []any{"Apple", "Cherry"}) || fruits.Value != "Apple" {
		t.Errorf("value %#v %q", fruits.Prop("value"), fruits.Value)
	}
	p.Click(p.ByText("Known"))
	p.ShouldSee("server has [Apple Cherry]")
	p.SelectMany(fruits)
	p.Click(p.ByText("Known"))
	p.ShouldSee("server has []")
	// change after input sends nothing the server has already, which would
	// undo what the input's handler set
	capped := p.ByLabel("Capped")
	p.Select(capped, "42")
	p.Click(p.ByText("Known"))
	p.ShouldSee("capped 40")
	if capped.Prop("value") != 40.0 {
		t.Errorf("capped at %#v", capped.Prop("value"))
	}
	p.Select(p.ByLabel("Size"), "b")
	p.ShouldSee("Size: b")
	volume := p.ByLabel("Volume")
	p.Select(volume, "42")
	p.ShouldSee("Volume: 42")
	if volume.Prop("value") != 42.0 {
		t.Errorf("a slider's value %#v", volume.Prop("value"))
	}
}

// Dispatch fires a custom event with a detail: nodes in it go as their
// Refs, it bubbles to the elements above that listen, and one over
// wire.MaxDetailBytes goes as null (sent whole, it would be over the
// server's message limit too).
func TestDispatch(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.P(jp.Text("nothing"), jp.In(wp))
		around := jp.Div(jp.In(wp))
		tree := wa.Tree(jp.In(around))
		names := map[string]string{}
		for _, f := range []string{"Apple", "Banana"} {
			names[wa.TreeItem(jp.Text(f), jp.In(tree)).Ref()] = f
		}
		tree.On("wa-selection-change", say(out, func(m *jp.Msg) string {
			if m.Detail == nil {
				return "no detail"
			}
			var picked []string
			for _, it := range m.Detail.(map[string]any)["selection"].([]any) {
				picked = append(picked, names[it.(string)])
			}
			return "Selected: " + strings.Join(picked, ", ")
		}))
		heard := jp.P(jp.In(wp))
		around.On("wa-selection-change", say(heard, func(m *jp.Msg) string {
			if m.Detail == nil {
				return "around heard nothing"
			}
			return fmt.Sprint("around heard ", len(m.Detail.(map[string]any)["pad"].(string)))
		}))
		return wp
	}).Open("/")
	tree := p.All("wa-tree")[0]
	p.Dispatch(tree, "wa-selection-change", map[string]any{"selection": []*jptest.Node{p.ByText("Banana"), p.ByText("Apple")}, "pad": ""})
	p.ShouldSee("Selected: Banana, Apple")
	p.ShouldSee("around heard 0")
	full := wire.MaxDetailBytes - len(`{"pad":"","selection":[]}`)
	p.Dispatch(tree, "wa-selection-change", map[string]any{"selection": []string{}, "pad": strings.Repeat("x", full)})
	p.ShouldSee(fmt.Sprint("around heard ", full))
	p.Dispatch(tree, "wa-selection-change", map[string]any{"selection": []string{}, "pad": strings.Repeat("x", 2<<20)})
	p.ShouldSee("no detail")
	p.ShouldSee("around heard nothing")
}

// Report plays a component changing its own properties: the event's
// handler gets them, and without one they go in a value message; those
// its Control does not name stay in the browser. OpenControl and
// CloseControl report open with the first and last event.
func TestReportOpenAndClose(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		state := jp.P(jp.Text("Dialog closed"), jp.In(wp))
		dialog := wa.Dialog(wa.Label("Settings"), jp.Prop("open", false), jp.In(wp))
		dialog.On("wa-after-show", say(state, func(m *jp.Msg) string { return fmt.Sprint("Dialog open ", dialog.Prop("open")) }))
		dialog.On("wa-after-hide", say(state, func(m *jp.Msg) string { return fmt.Sprint("Dialog closed ", dialog.Prop("open")) }))
		jp.Button(jp.Text("Open dialog"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) error {
			dialog.SetProp("open", true)
			return nil
		}))
		drawer := wa.Drawer(wa.Label("Menu"), jp.Prop("open", true), jp.In(wp))
		known := jp.P(jp.In(wp))
		jp.Button(jp.Text("Drawer?"), jp.In(wp), jp.On("click", say(known, func(*jp.Msg) string {
			return fmt.Sprintf("drawer open=%v secret=%v", drawer.Prop("open"), drawer.Prop("secret"))
		})))
		return wp
	}).Open("/")
	dialog := p.ByLabel("Settings")
	p.Click(p.ByText("Open dialog"))
	if dialog.Prop("open") != true {
		t.Fatalf("open %v", dialog.Prop("open"))
	}
	p.OpenControl(dialog)
	p.ShouldSee("Dialog open true")
	p.CloseControl(dialog)
	p.ShouldSee("Dialog closed false")
	if dialog.Prop("open") != false {
		t.Errorf("open %v after closing", dialog.Prop("open"))
	}
	p.Click(p.ByText("Open dialog")) // the server knows it closed: opening it again is a change
	if dialog.Prop("open") != true {
		t.Errorf("open %v after opening again", dialog.Prop("open"))
	}
	p.Report(p.ByLabel("Menu"), "wa-after-hide", map[string]any{"open": false, "secret": 1})
	p.Click(p.ByText("Drawer?"))
	p.ShouldSee("drawer open=false secret=<nil>")
	if p.ByLabel("Menu").Prop("secret") != 1.0 {
		t.Errorf("the browser's own property %#v", p.ByLabel("Menu").Prop("secret"))
	}
}

// A form's fields include its declared controls, and a wa-button of type
// submit submits it.
func TestFormsWithDeclaredControls(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		form := jp.Form(jp.In(wp))
		wa.Input(wa.Label("Who"), jp.Name("who"), jp.In(form))
		wa.Switch(jp.Text("OK"), jp.Name("ok"), jp.In(form))
		fruits := wa.Select(wa.Label("Fruits"), wa.Multiple(), jp.Name("fruits"), jp.In(form))
		for _, f := range []string{"Apple", "Cherry"} {
			wa.Option(jp.Value(f), jp.Text(f), jp.In(fruits))
		}
		wa.Button(jp.Text("Send"), jp.Type("submit"), jp.In(form))
		out := jp.P(jp.Text("nothing yet"), jp.In(wp))
		form.On("submit", say(out, func(m *jp.Msg) string {
			var parts []string
			for _, f := range m.FormData {
				parts = append(parts, fmt.Sprintf("%s:%s:%s:%v:%v", f.Tag, f.Name, f.Value, f.Checked, f.Values))
			}
			return strings.Join(parts, " | ")
		}))
		return wp
	}).Open("/")
	p.Type(p.ByLabel("Who"), "Ada")
	p.Check(p.ByText("OK"), true)
	p.SelectMany(p.ByLabel("Fruits"), "Apple", "Cherry")
	p.Click(p.ByRole("button", "Send"))
	p.ShouldSee("wa-input:who:Ada:false:[] | wa-switch:ok::true:[] | wa-select:fruits:Apple,Cherry:false:[Apple Cherry]")
}

// Web Awesome's label attribute labels a control for ByLabel and ByRole;
// a wa-button is a button, or a link with an href.
func TestQueriesFindWebComponents(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wa.Input(wa.Label("Email"), jp.ID("email"), jp.In(wp))
		wa.Button(jp.Text("Save"), jp.In(wp))
		wa.Button(jp.Text("Help"), jp.Href("/help"), jp.In(wp))
		return wp
	}).Open("/")
	if got := p.ByLabel("Email"); got.Attr("id") != "email" {
		t.Errorf("ByLabel found <%s>", got.Tag)
	}
	if got := p.ByRole("button", "Save"); got.Tag != "wa-button" {
		t.Errorf("ByRole button found <%s>", got.Tag)
	}
	if got := p.ByRole("link", "Help"); got.Tag != "wa-button" {
		t.Errorf("ByRole link found <%s>", got.Tag)
	}
}

// Dark follows the page's dark mode, at first paint and in patches.
func TestDark(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.Dark = true
		jp.Button(jp.Text("Toggle"), jp.In(wp), jp.On("click", func(_ *jp.Element, msg *jp.Msg) error {
			msg.Page.Dark = !msg.Page.Dark
			return nil
		}))
		return wp
	}).Open("/")
	if !p.Dark() {
		t.Error("the first paint is dark")
	}
	p.Click(p.ByText("Toggle"))
	if p.Dark() {
		t.Error("still dark")
	}
	p.Click(p.ByText("Toggle"))
	if !p.Dark() {
		t.Error("not dark again")
	}
}
