// Package jp is JustGo: server-driven web pages in Go, in the manner of
// Python's JustPy. A page function builds a tree of elements on the server;
// JustGo renders it to HTML, and a small JavaScript client sends browser
// events back to Go handlers over a websocket. After each handler only what
// changed travels back to the browser. There is no JavaScript to write.
//
// # A page
//
//	func hello(r *jp.Request) *jp.WebPage {
//		wp := jp.NewWebPage()
//		d := jp.Div(jp.Text("Hello!"), jp.Classes("text-5xl m-2"), jp.In(wp))
//		d.On("click", func(self *jp.Element, msg *jp.Msg) error {
//			self.Text = "I was clicked"
//			return nil
//		})
//		return wp
//	}
//
//	func main() { jp.JustPy(hello) }
//
// JustPy's keyword arguments are options: text= is Text, classes= Classes,
// style= Style, a= In, show= Show. Every HTML element has a constructor (Div,
// Button, Input, A, ...); Tag makes any other. ParseHTML turns markup into
// elements and finds them by name in its NameDict.
//
// # Inputs, forms and models
//
// Inputs keep Value and Checked equal to what the person typed or chose; a
// number input's msg.Number is the value converted, msg.Invalid says why it
// is not valid. A form's submit handler gets msg.FormData, files uploaded
// included (streamed, with limits). Model binds elements to a value of a
// page's or element's State (JustPy's data), so they follow each other
// without handlers.
//
// # Custom components
//
// A type that embeds *Element, made with Make, is a component of its own:
// its React and ModelUpdate methods run before each update, and Makers
// lets ParseHTML build it from a tag.
//
// # Sessions
//
// Every browser gets a session id (a uuid4) in a signed, HttpOnly cookie; a
// page function reads it as r.SessionID and a handler as msg.SessionID. A
// tampered cookie gets 400 "Bad Cookie". Settings come from justpy.env in the
// working directory and the environment (see Config).
//
// # In an existing server
//
// An App is an http.Handler, to mount under any prefix beside other
// handlers:
//
//	app := jp.NewApp()
//	jp.Route(app, "/", hello)
//	mux.Handle("/app/", http.StripPrefix("/app", app))
//
// # Testing
//
// Package jptest opens pages without a browser, through the real handlers
// and messages: find elements by text, name or id, click, type, and check
// what the page shows.
//
// # Layers
//
// This package is the facade a page author imports: aliases and thin
// wrappers of what the packages below define, the App, routing, and
// JustPy. Imports point down only:
//
//	jp              App, Route, SetRoute, JustPy, Request; every constructor and option
//	├── transport   the websocket endpoint and the HTTP fallback for events and uploads
//	├── session     the signed cookie and its session id
//	├── static      the embedded client and stylesheets, the page shell, the static folder
//	├── htmlparse   HTML text to elements, with NameDict
//	│   └── component    the HTML elements and their options
//	│       └── page     WebPage, Msg, event dispatch, what changed, the live-page registry
//	│           └── upload   files uploaded before the submit that names them
//	└── internal    config, the wire vocabulary and paths, random ids, security headers
//
// Package topic (values many pages show) sits on page beside component;
// the library-backed components (chart, grid, wa, equation) and markdown
// sit on component; jptest, on this package, drives pages without a
// browser.
//
// A page's life crosses them in this order. An HTTP request reaches the
// App; session verifies its cookie or issues one (a tampered cookie gets
// 400 "Bad Cookie"); the route's page function builds a WebPage. The App
// registers the page with page's Registry under an unguessable id bound to
// the session, the page renders itself to HTML, and static writes the
// shell around it, with the client. The client opens a websocket to
// transport (or posts its events, without one), which checks the cookie
// and the Origin and attaches the connection to the page. A browser event
// travels back as a message: transport decodes it into the page's mailbox,
// the page runs the element's handler on its own goroutine, diffs its
// components against what it last sent, and hands the patch to transport,
// which writes it to every browser showing the page.
//
// # Concurrency
//
// Page functions run concurrently, one per request. A page is an actor:
// its events, Do functions and updates run one at a time, in the order
// they came, on the page's own goroutine; different pages run in parallel,
// so data shared between pages or sessions needs a lock. A handler may
// block (sleep, call a database) without holding up other pages or
// dropping its browser's connection; WebPage.Update sends progress before
// it returns, and changes made faster than a browser takes them travel
// merged. Code outside a handler, such as a goroutine with a ticker,
// changes a page only inside WebPage.Do, which never blocks and is safe
// from anywhere (a handler of the same or another page included: it then
// runs after that handler). WebPage.DoWait also waits for the function;
// from the page's own handler it runs at once, and it is the one call that
// blocks, so handlers use Do. WebPage.Context ends when the page is
// dropped: a goroutine feeding a page stops on it.
package jp
