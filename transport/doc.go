// Package transport connects browsers to their pages over websockets, and
// over HTTP when websockets are off.
//
// # Overview
//
// Every name below is a constant of internal/wire, which declares the
// protocol once; the client (static/client.js) reads the same names from a
// block generated from it. internal/wire/testdata holds the exact messages
// each kind of change produces.
//
// A page's first paint, rendered on the server, carries what the client
// needs. The root element, id="jp-root", has the page id (data-jp-page),
// the version the HTML shows (data-jp-v), the path the app is mounted at
// (data-jp-base, ending in "/"), the page events the server listens for
// (data-jp-on), the upload limits (data-jp-upload: bytes per file and per
// submit), and, when set, display_url (data-jp-url) and data-jp-http="1"
// for events by HTTP. Each element has its id in data-jp and the events
// the server listens for in data-jp-on, separated by spaces; an entry may
// carry modifiers, "input:debounce=300:immediate", "mousemove:throttle=100",
// "change:lazy" (the value goes with change alone). A text node component
// is the comment <!--jp:ID--> followed by its text. The client sets
// data-jp-state to "live" or "reconnecting" on the root.
//
// The client then opens, under the base,
//
//	ws(s)://HOST/BASE/_jp/ws?page=PAGE_ID&tab=TAB&v=VERSION
//
// with the session cookie. TAB is a random name the client picks for this
// page load; it stays the same across reconnects. A bad cookie gets 400
// "Bad Cookie" and an Origin that is not this host 403, both before the
// upgrade; then the socket is attached to the page if that page was served
// to this session (see Closing for the refusals). If the browser's version
// is not the page's (or another tab's typing changed the page at that
// version), the first message is the whole page.
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
// A control's messages carry "value", and "checked" for a checkbox or
// radio button, "values" for a select that allows several, "invalid" (the
// browser's validation message) when the value is not valid, and "files"
// for a file input. A submit carries "form", its fields in document order.
// Page events have the id "": page_ready, visibilitychange (with "value")
// and result_ready, each sent only when the page listens for it; the
// client makes click__out for an element clicked outside of.
//
// A value is sent as soon as it changes, and the socket keeps order, so a
// handler always sees every character typed before its event. The client
// keeps what it sent until an ack covers it (values draw no answer, so it
// adds a sync every 32 messages) and sends it again after a reconnect; the
// page handles each number of a tab once, so nothing the person did is
// lost to a dropped connection or handled twice. Events go only for
// elements and event types the server listens for, on elements a person
// could use (shown, not disabled); others are refused and logged. Unknown
// fields are ignored; a message that is not valid JSON, or has no "t",
// closes the socket (4400); one over the size limit closes it with 1009.
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
// "checked", "html" (raw inner HTML, which stands in for the text and
// children while it is set; "" clears it, and the text and children come
// with it), "attrs" (null removes one), "on" (the events to send) and
// "kids", the complete new list of children, where a string is an element
// the browser has (it keeps that DOM node) and an object is a new element
// with the same keys plus "tag" ("#text" for a text node). The op with id
// "" is the page's root: its "kids" are the page's components, its "on" the
// page events. Page commands ride along: "url" (display_url, through the
// History API), "title" ("" clears it), "body" ("class", "style" and
// "dark" of the document), "redirect" (once; only relative, http(s),
// mailto and tel URLs unless the page allows any), "reload", and "js"
// (code to run, with "rid" when the server wants the result).
//
// The browser applies a "value" unless the person typed into that input
// after the message numbered "ack": then the value is stale, and the newer
// one is already on its way to the server.
//
// # Without websockets
//
// With WEBSOCKETS=False, or for a page that asks for it, the client POSTs
// its messages as a JSON array to BASE/_jp/event?page=PAGE_ID&tab=TAB&v=VERSION,
// one request at a time, and reads the server's messages from the answer,
// one JSON object a line, streamed as handlers send them. 404 means the
// page is gone and 403 that it is not this session's or takes its events
// over a websocket (the client reloads on both); 400 a body that is no
// JSON array, 413 one over the size or message cap, 429 over the message
// rate. The session cookie and Origin are checked as for the websocket.
//
// A form with chosen files is submitted in two steps: the files go as
// multipart/form-data to BASE/_jp/upload?page=PAGE_ID, which answers
// {"files":[…]}, one entry per file with its "ref" and "size" or an
// "error", or {"error":…} for the whole upload; then the submit event names
// each file by its ref.
//
// # Closing
//
// Close codes: 4004 the page is gone and 4003 not this session's page (the
// browser reloads); 4400 a malformed message or tab id, 4408 too slow to
// read and 4429 over a cap (messages per second, connections per session,
// tabs per page) (the browser reconnects and resyncs); 4503 the server is
// stopping (the browser reconnects with backoff and jitter, and reloads if
// the restarted server no longer has the page).
//
// # Concurrency
//
// Each connection has one goroutine, which waits for the browser's next
// message (taking pongs itself) on a small stack; a goroutine the server
// lends while it reads then reads the message, decodes it, checks the caps
// and queues it in its page's mailbox (package page); when the page has no
// goroutine running, that reader hands the connection back and runs the
// page's work itself. Either way the connection keeps reading, pongs
// included, while a handler runs; more than 1,024
// messages waiting for the page close the connection (4429). A writer
// goroutine runs while there is something to send: an idle connection
// costs one goroutine with the smallest stack, and a read buffer of 512
// bytes. The writer tells the page when it has written everything, so
// that changes made meanwhile travel merged. A Server is safe for
// concurrent use.
package transport
