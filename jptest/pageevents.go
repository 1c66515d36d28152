package jptest

import (
	"encoding/json"

	"github.com/justgo/justgo/internal/wire"
)

// PageEvent sends a page event (page_ready, visibilitychange) as the
// client does, if the page listens for it, and waits until the server has
// handled it. The client sends page_ready once it is connected; jptest
// leaves it to the test, so that a test says when the page is ready.
func (p *Page) PageEvent(event string) {
	p.t().Helper()
	if !p.root.Listens(event) {
		return // the client sends only what the page listens for
	}
	p.send(wire.ClientMsg{Type: wire.TypeEvent, ID: wire.RootID, Event: event})
}

// JavaScript returns the JavaScript the server asked the browser to run
// (RunJavaScript, RequestJavaScript), in order. jptest runs none: a test
// answers a request with Answer.
func (p *Page) JavaScript() []wire.JS { return p.scripts }

// Answer sends what the browser sends when a RequestJavaScript, or an
// element's RequestCall (a grid's RequestAPI), of that request id has
// run: the result_ready page event with result as JSON. It fails the test
// when the server asked for no such request.
func (p *Page) Answer(requestID string, result any) {
	p.t().Helper()
	asked := false
	for _, js := range p.scripts {
		asked = asked || js.RequestID == requestID
	}
	for _, c := range p.calls {
		asked = asked || c.RequestID == requestID
	}
	if !asked {
		p.t().Fatalf("jptest: the server asked for no JavaScript of request id %q", requestID)
	}
	b, err := json.Marshal(result)
	if err != nil {
		p.t().Fatalf("jptest: the result: %v", err)
	}
	if p.root.Listens(wire.EventResultReady) {
		p.send(wire.ClientMsg{Type: wire.TypeEvent, ID: wire.RootID, Event: wire.EventResultReady, RID: requestID, Result: b})
	}
}
