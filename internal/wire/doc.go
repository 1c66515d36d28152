// Package wire declares the protocol between the JustGo server and its
// browser client, once: the JSON messages each way (wire.go), the HTML the
// server writes and the client reads (html.go), the syntax of event
// entries (events.go), the endpoints (paths.go), and the query parameters
// and close codes of attaching to a page (attach.go). transport/doc.go
// describes it for people.
//
// # One source
//
// The client, static/client.js, does not spell these names itself: every
// exported constant of this package is copied into a generated block at
// its top, as a field of its object W (AttrID becomes W.attrID,
// CloseUnknownPage W.closeUnknownPage). After changing a constant, run
//
//	go generate ./internal/wire
//
// (make generate); a test of internal/gen/wirejs fails while the block is
// out of date. The JSON keys are the struct tags below; golden files in
// testdata pin the exact messages each kind of change produces, and e2e
// replays them through the real client.
//
// One key means one thing everywhere: a Node (a new element) and an Op (a
// change to an existing one) share their property keys, so the client
// applies both with the same code.
//
// # Concurrency
//
// The package holds constants, message types and functions without state:
// all of it is safe to use from any goroutine.
package wire

//go:generate go run ../gen/wirejs -wire . -client ../../static/client.js
