// Package jptest tests JustGo pages without a browser. A test opens a page
// as a person would, finds elements by their text, name or id, clicks,
// types, selects and submits, and checks what the page then shows:
//
//	app := jp.NewApp()
//	jp.Route(app, "/", sessionTest)
//	p := jptest.New(t, app).Open("/")
//	p.Click(p.ByText("Number of Click Events"))
//	p.ShouldSee("Number of Click Events: 1")
//
// Queries read the page as a person does: ByRole and ByLabel find controls
// by what a screen reader calls them, Text lays text out as innerText does,
// and the same queries on a Node search only inside it. Click on a link
// into the app returns the page it loads.
//
// Everything runs through the real handlers and the real message path: the
// page is served over a loopback listener, its HTML is parsed, and the
// events travel over the websocket (or the HTTP fallback) exactly as
// JustGo's JavaScript client sends them; the patches that come back are
// applied to a model of the page with the client's rules (patch.go), which
// a property test holds to what a fresh render of the page shows. Each action waits
// until the server has handled it, so tests need no sleeps and run in
// milliseconds. What needs a real browser (layout, CSS, focus) is for
// browser tests.
//
// # Web components
//
// Pages of web components (package wa) are tested the same way, the
// components' own work played by the test. A control the server declared
// (a wa-input, wa-select, wa-switch, wa-slider, wa-dialog: wire.AttrControl)
// has its declaration in Node.Control and its DOM properties in Node.Props
// (Prop), as patches set them. Type, Fill, Clear, Select, SelectMany, Check
// and Change set the property that holds its value or checked state and
// fire input and change, and the server gets what the client reports then,
// stale values ignored as for native inputs:
//
//	p.Type(p.ByLabel("Name"), "Ada")
//	p.Select(p.ByLabel("Volume"), "42")
//	p.Dispatch(tabs, "wa-tab-show", map[string]any{"name": "two"})
//	p.CloseControl(p.ByLabel("Settings")) // Escape closed the dialog
//
// Dispatch fires a custom event with a detail, Report plays a component
// changing its own properties before an event, and OpenControl and
// CloseControl report a dialog's (a drawer's…) open. ByLabel reads Web
// Awesome's label attribute, and ByRole takes a wa-button for a button.
// Calls lists the element methods the server called, Toasts the texts
// wa.Notify showed, Dark the page's dark mode. No component runs: what it
// renders, does on a click inside it, or returns to RequestCall is for
// browser tests.
//
// # Concurrency
//
// A Page belongs to the goroutine of its test; several users may act from
// several goroutines, each on its own pages.
package jptest
