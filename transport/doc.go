// Package transport connects browsers to their pages over websockets.
//
// # Overview
//
// A page's HTML (rendered on the server) carries its page id and version.
// The client (static/client.js) opens
//
//	ws(s)://HOST/_jp/ws?page=PAGE_ID&tab=TAB&v=VERSION
//
// with the session cookie. TAB is a random name the client picks for this
// page load; it stays the same across reconnects. The server verifies the cookie (a bad one gets
// 400 "Bad Cookie"), checks that Origin is this host, and attaches the socket
// to the page if that page was served to this session. If the browser's
// version is older than the page's, the first message is the whole page.
//
// # Messages from the browser
//
// JSON objects, numbered from 1 in "n" (the server echoes the last it
// processed as "ack"):
//
//	{"n":4,"t":"val","id":"7","value":"pass"}          an input's value, as it is typed
//	{"n":5,"t":"ev","id":"9","ev":"click"}               an event the element listens for
//	{"n":6,"t":"ev","id":"7","ev":"keydown","value":"x","key":{"key":"Enter","code":"Enter"}}
//	{"n":7,"t":"ev","id":"","ev":"result_ready","rid":"r1","result":42}  the value of JavaScript run with a request id
//	{"n":8,"t":"sync"}                                   answered {"t":"synced","ack":8} once 1–7 are handled
//
// A value is sent as soon as it changes, and the socket keeps order, so a
// handler always sees every character typed before its event. The client
// keeps what it sent until an ack covers it and sends it again after a
// reconnect; the page handles each number of a tab once, so nothing the
// person did is lost to a dropped connection or handled twice. Events go
// only for elements and event types the server listens for; others are
// refused and logged. Unknown fields are ignored; a message that is not
// valid JSON closes the socket (4400); one over the size limit closes it
// with 1009.
//
// # Messages from the server
//
// After every handler (and on Update, or at the end of WebPage.Do) the
// server sends what changed since the last message, once per browser; while
// a browser is still receiving one, later changes merge into the next:
//
//	{"t":"patch","ack":5,"v":3,"ops":[{"id":"9","text":"Number of Click Events: 1"}]}
//
// A handler that fails is reported to its browser as {"t":"error","text":…}:
// the error and stack with DEBUG, a plain sentence otherwise.
//
// "v" is the page version after the patch. Each op changes one element and
// carries only what changed: "text", "class", "style", "show", "value",
// "checked", "html" (raw inner HTML), "attrs" (null removes one), "on" (the
// events to send) and "kids", the complete new list of children, where a
// string is an element the browser has (it keeps that DOM node) and an
// object is a new element with the same keys plus "tag". The op with id ""
// is the page's root. Page commands ride along: "url" (display_url, through
// the History API), "title" ("" clears it), "redirect" (once; only relative
// and http(s) URLs unless the page allows any), "reload", and "js" (code to
// run, with "rid" when the server wants the result).
//
// The browser applies a "value" unless the person typed into that input
// after the message numbered "ack": then the value is stale, and the newer
// one is already on its way to the server.
//
// # Closing
//
// Close codes: 4004 the page is gone and 4003 not this session's page (the
// browser reloads); 4400 malformed message, 4408 too slow to read and 4429
// over a cap (messages per second, connections per session) (the browser
// reconnects and resyncs); 4503 the server is stopping (the browser
// reconnects with backoff and jitter, and reloads if the restarted server no
// longer has the page).
//
// # Concurrency
//
// Each connection has one reader goroutine, which decodes, checks the caps
// and queues each message in its page's mailbox (package page), so it keeps
// reading, pongs included, while a handler runs; more than 1,024 messages
// waiting for the page close the connection (4429). A writer goroutine
// runs while there is something to send: an idle connection costs one
// goroutine. The writer tells the page when it has written everything, so
// that changes made meanwhile travel merged. A Server is safe for
// concurrent use. The wire vocabulary itself is declared once, in
// internal/wire.
package transport
