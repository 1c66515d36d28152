// Package page is JustGo's page model: the WebPage, the Msg a handler
// receives, the Props every element shows, and what turns changes into
// messages. Components plug in through the Component interface; package
// component provides the HTML elements. (The layering is page below
// component, so that msg.Page needs no import cycle.)
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
// # Uploads
//
// Files come before the submit that names them, through Upload, into
// temporary files that the submit's handler may keep (File.SaveAs) and that
// go when it returns, or with the page.
//
// # Lifecycle
//
// A Registry holds the pages browsers may attach to, each bound to the
// sessions it was served to. A page that no browser shows (it never
// connected, or its last connection closed) is dropped after the registry's
// timeout; a reconnect within it resumes the page.
//
// # Concurrency
//
// A WebPage runs one handler at a time under its lock; Handle, Render, Do
// and Registry methods are safe for concurrent use. Everything else that
// reads or changes a page, and the components in it, must happen in a
// handler, in Do, or before the page is first served.
package page
