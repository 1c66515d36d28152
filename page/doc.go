// Package page is JustGo's page model: the WebPage, the Msg a handler
// receives, the Props every element shows, and what turns changes into
// messages. Components plug in through the Component interface; package
// component provides the HTML elements.
//
// # Layers
//
// Page is below component, so that msg.Page needs no import cycle: it
// knows components only through Component and the interfaces beside it
// (Container, Reactor, ModelUpdater, Hooked, Shared), and connections only
// through Conn, Paced and Transient, which package transport implements.
// Below it are upload (the files of a form) and internal/wire (the
// messages). Above it, component and htmlparse build the trees a page
// holds, transport carries its messages, and the root package jp serves
// it: a request's page function returns a WebPage, the App registers it
// here and Render writes its first paint, which package static wraps in
// the shell.
//
// From then on a page sees only messages. Transport attaches a browser's
// connection (Registry.Attach) and hands each message it decodes to the
// page's mailbox (Receive); the page dispatches an event to its element's
// handlers, then diffs what changed and sends the patch to every Conn
// showing it, which transport writes to its browser.
//
// # What changed
//
// A page keeps, for each component the browsers have, a snapshot of what it
// last sent. After every handler it compares the live Props with the
// snapshots and sends one op per changed element: only the changed keys, and
// for a changed list of children the new list, where children the browser
// already has are references. Snapshots are per page, so a component shown
// by several pages is sent to each.
//
// Before it reads a component, a page lets it bring itself up to date
// (Reactor, ModelUpdater). After the browser reports a value, a component
// bound to a model stores it, and the page sends every change that causes at
// once.
//
// # Rendering
//
// The page renders every component itself, from its Props: the first
// paint's HTML (Render) and the JSON nodes and ops of later changes come
// from the same reading, so what a browser builds from a patch is what a
// fresh render would show (the golden tests check that). A component does
// not write its own HTML: a custom component is a tree of elements (Make)
// that its React sets up, and a component backed by a browser library
// declares what it needs (properties, its value, events) for the client to
// drive. That keeps escaping, the id and event attributes, and the checks
// on tags, attributes and URLs in one place.
//
// # Uploads
//
// Files come before the submit that names them, through Upload, into
// temporary files (package upload streams and counts them) that the
// submit's handler may keep (File.SaveAs) and that go when it returns, or
// with the page.
//
// # Lifecycle
//
// A Registry holds the pages browsers may attach to, each bound to the
// sessions it was served to. A page that no browser shows (it never
// connected, or its last connection closed) is dropped after the registry's
// timeout (a shorter one for a page never connected); a reconnect within
// it resumes the page. The registry caps the pages it holds in all and per
// session, and the tabs per page, so that what an anonymous client makes
// the server hold is bounded. The registry sits with the page, not the
// transport: the HTTP fallback and uploads find pages there as websockets
// do, and a page's lifetime (its Context) is the registry's to end.
//
// # Concurrency
//
// A page is an actor: a mailbox of functions that its own goroutine runs in
// order — a browser's events and values (Receive), Do and DoWait functions,
// attaches, renders and flushes. The goroutine starts when the mailbox gets
// work and ends when it is empty, so an idle page costs none (a served
// page borrows it from its registry, which keeps a goroutine a second for
// the next page that has work; a caller that would only wait for it, a
// request's Render or a connection's reader through ReceiveHere, runs the
// work itself). Handlers run
// one at a time per page, in arrival order; pages run in parallel. What a
// handler or Do function changes is sent when it returns (and at each
// Update); while every connection is still writing the last change, the
// next is held back, and what changes meanwhile travels as one message.
//
// Which calls block, and from where they are safe:
//   - Do, Receive, Update (off the page's goroutine it only asks for a
//     flush) and Shared.Do never block and are safe from any goroutine,
//     handlers of any page included; Do from a handler runs after it.
//   - DoWait, Handle and Render wait for the page's goroutine; on it (in a
//     handler) they run at once. A handler that DoWaits on a page whose
//     handler DoWaits on it back waits forever: handlers use Do.
//   - Registry methods take short locks and never wait for a handler;
//     Attach checks at once and the connection joins on the page's
//     goroutine.
//
// Everything else that reads or changes a page, and the components in it,
// must happen on its goroutine (in a handler, a Do function, React) or
// before the page is first served. Context is cancelled when the page is
// dropped; a panic in anything the page runs is logged and shown to its
// browsers, and the page and the process carry on.
package page
