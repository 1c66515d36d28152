package page_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

func str(s string) *string { return &s }

func TestHandleRunsTheHandlerAndSendsTheChange(t *testing.T) {
	wp := page.NewWebPage()
	var got *page.Msg
	b := component.Button(component.Text("0"), component.In(wp))
	b.On("click", func(self *component.Element, msg *page.Msg) error {
		got = msg
		self.Text = "1"
		return nil
	})
	rec := attach(t, wp)
	if err := wp.Handle(rec, "s1", "c1", &wire.ClientMsg{N: 7, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"}); err != nil {
		t.Fatal(err)
	}
	if got == nil || got.EventType != "click" || got.SessionID != "s1" || got.Page != wp || got.Target != b || got.Ref != b.Ref() || got.WebsocketID != "c1" {
		t.Fatalf("msg: %+v", got)
	}
	msgs := rec.take()
	want := `{"t":"patch","ack":7,"v":2,"ops":[{"id":"` + b.Ref() + `","text":"1"}]}`
	if len(msgs) != 1 || msgs[0] != want {
		t.Errorf("got  %q\nwant %s", msgs, want)
	}
}

func TestValuesArriveBeforeTheEvent(t *testing.T) {
	wp := page.NewWebPage()
	in := component.Input(component.In(wp))
	var seen string
	b := component.Button(component.In(wp))
	b.On("click", func(*component.Element, *page.Msg) error { seen = in.Value; return nil })
	rec := attach(t, wp)
	typed := ""
	for i, ch := range "typed at full speed" {
		typed += string(ch)
		if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: uint64(i + 1), Type: wire.TypeValue, ID: in.Ref(), Value: str(typed)}); err != nil {
			t.Fatal(err)
		}
	}
	if len(rec.take()) != 0 {
		t.Error("a value message alone sent a patch")
	}
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 100, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"})
	if seen != "typed at full speed" {
		t.Errorf("the click saw %q", seen)
	}
}

func TestRefusedMessages(t *testing.T) {
	wp := page.NewWebPage()
	d := component.Div(component.In(wp))
	d.On("click", func(*component.Element, *page.Msg) error { t.Error("dispatched"); return nil })
	rec := attach(t, wp)
	cases := []struct {
		m    wire.ClientMsg
		want error
	}{
		{wire.ClientMsg{Type: wire.TypeEvent, ID: "nope", Event: "click"}, page.ErrUnknownElement},
		{wire.ClientMsg{Type: wire.TypeEvent, ID: "", Event: "click"}, page.ErrNotListening}, // not a page event it has
		{wire.ClientMsg{Type: wire.TypeValue, ID: "", Value: str("x")}, page.ErrUnknownElement},
		{wire.ClientMsg{Type: wire.TypeEvent, ID: d.Ref(), Event: "mouseover"}, page.ErrNotListening},
		{wire.ClientMsg{Type: wire.TypeValue, ID: d.Ref(), Value: str("x")}, page.ErrNotInput},
		{wire.ClientMsg{Type: "bogus", ID: d.Ref()}, page.ErrUnknownType},
	}
	for _, c := range cases {
		if err := wp.Handle(rec, "s1", "c", &c.m); !errors.Is(err, c.want) {
			t.Errorf("%+v: got %v, want %v", c.m, err, c.want)
		}
	}
	if d.Value != "" {
		t.Error("a div took a value")
	}
}

func TestPanickingHandlerIsRecovered(t *testing.T) {
	wp := page.NewWebPage()
	b := component.Button(component.Text("0"), component.In(wp))
	b.On("click", func(self *component.Element, _ *page.Msg) error {
		self.Text = "changed before the panic"
		panic("boom")
	})
	rec := attach(t, wp)
	err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{Type: wire.TypeEvent, ID: b.Ref(), Event: "click"})
	var pe *page.PanicError
	if !errors.As(err, &pe) || pe.Value != "boom" || !strings.Contains(string(pe.Stack), "dispatch_test.go") {
		t.Fatalf("got %v", err)
	}
	if msgs := rec.take(); len(msgs) != 1 || !strings.Contains(msgs[0], "changed before the panic") {
		t.Errorf("the page did not carry on: %q", msgs)
	}
}

// Update inside a handler sends at once; a handler that blocks holds up
// only its own page.
func TestUpdateMidHandlerAndBlockingHandlers(t *testing.T) {
	slow, fast := page.NewWebPage(), page.NewWebPage()
	status := component.Div(component.Text("idle"), component.In(slow))
	release := make(chan struct{})
	sb := component.Button(component.In(slow))
	sb.On("click", func(_ *component.Element, msg *page.Msg) error {
		status.Text = "working"
		msg.Page.Update()
		<-release
		status.Text = "done"
		return nil
	})
	fb := component.Button(component.Text("0"), component.In(fast))
	fb.On("click", func(self *component.Element, _ *page.Msg) error { self.Text = "1"; return nil })
	slowRec, fastRec := &syncRecorder{}, attach(t, fast)
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	reg.Serve(slow, "s1")
	v, _ := slow.Render(&strings.Builder{})
	reg.Attach(slow.ID(), "s1", "", slowRec, v)
	slow.Settle()

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		slow.Handle(slowRec, "s1", "c", &wire.ClientMsg{Type: wire.TypeEvent, ID: sb.Ref(), Event: "click"})
	}()
	slowRec.waitFor(t, `"text":"working"`)
	if err := fast.Handle(fastRec, "s2", "c", &wire.ClientMsg{Type: wire.TypeEvent, ID: fb.Ref(), Event: "click"}); err != nil {
		t.Fatal(err)
	}
	if msgs := fastRec.take(); len(msgs) != 1 {
		t.Errorf("the other page was held up: %q", msgs)
	}
	close(release)
	wg.Wait()
	slowRec.waitFor(t, `"text":"done"`)
}

type syncRecorder struct {
	mu   sync.Mutex
	msgs []string
}

func (r *syncRecorder) Send(m []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, string(m))
}

func (r *syncRecorder) Close(int, string) {}

func (r *syncRecorder) waitFor(t *testing.T, s string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		r.mu.Lock()
		for _, m := range r.msgs {
			if strings.Contains(m, s) {
				r.mu.Unlock()
				return
			}
		}
		r.mu.Unlock()
		time.Sleep(time.Millisecond)
	}
	t.Fatalf("never sent %s", s)
}

func TestPageEvents(t *testing.T) {
	wp := page.NewWebPage()
	status := component.Div(component.In(wp))
	var got *page.Msg
	rec := attach(t, wp)
	msgs := change(wp, rec, func() {
		wp.On("result_ready", func(p *page.WebPage, msg *page.Msg) error {
			got = msg
			status.Text = "result " + string(msg.Result)
			return nil
		})
		wp.RequestJavaScript("r1", "6*7")
	})
	if len(msgs) != 1 ||
		!strings.Contains(msgs[0], `"ops":[{"id":"","on":["result_ready"]}]`) || !strings.Contains(msgs[0], `"js":[{"code":"6*7","rid":"r1"}]`) {
		t.Fatalf("got %q", msgs)
	}
	err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeEvent, ID: "", Event: "result_ready", RID: "r1", Result: []byte("42")})
	if err != nil || got.RequestID != "r1" || string(got.Result) != "42" || got.Page != wp || got.SessionID != "s1" {
		t.Fatalf("%v %+v", err, got)
	}
	if msgs := rec.take(); len(msgs) != 1 || !strings.Contains(msgs[0], `"text":"result 42"`) {
		t.Errorf("got %q", msgs)
	}
	wp.Off("result_ready")
	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 3, Type: wire.TypeEvent, ID: "", Event: "result_ready"}); !errors.Is(err, page.ErrNotListening) {
		t.Errorf("after Off: %v", err)
	}
}

// A handler that clears what was typed clears it in the browser, even
// though the page had never sent that input a value.
func TestClearingATypedValue(t *testing.T) {
	wp := page.NewWebPage()
	in := component.Textarea(component.In(wp))
	b := component.Button(component.In(wp))
	b.On("click", func(*component.Element, *page.Msg) error { in.Value = ""; return nil })
	rec := attach(t, wp)
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: in.Ref(), Value: str("typed")})
	if msgs := rec.take(); len(msgs) != 0 {
		t.Errorf("the typing was echoed: %q", msgs)
	}
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"})
	if msgs := rec.take(); len(msgs) != 1 || !strings.Contains(msgs[0], `"value":""`) {
		t.Errorf("clearing sent %q", msgs)
	}
}

// JavaScript a page function queues before any browser is there runs in
// the first browser that attaches.
func TestJavaScriptWaitsForTheFirstBrowser(t *testing.T) {
	wp := page.NewWebPage()
	component.Div(component.In(wp))
	wp.RunJavaScript("document.title = 'hi'")
	rec := &recorder{}
	attachConn(t, wp, rec) // renders (no browser yet), then attaches
	if msgs := rec.take(); len(msgs) != 1 || !strings.Contains(msgs[0], `"js":[{"code":"document.title = 'hi'"}]`) {
		t.Fatalf("got %q", msgs)
	}
	if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
		t.Errorf("sent again: %q", msgs)
	}
}

func TestVisibilityChange(t *testing.T) {
	wp := page.NewWebPage()
	var seen string
	wp.On("visibilitychange", func(_ *page.WebPage, msg *page.Msg) error { seen = msg.Value; return nil })
	rec := attach(t, wp)
	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: "", Event: "visibilitychange", Value: str("hidden")}); err != nil || seen != "hidden" {
		t.Errorf("%v %q", err, seen)
	}
}

// ReceiveHere hands an idle page's work to its caller, which runs the
// message and what is queued behind it; while that runs, a message for
// the page joins the mailbox instead of handing out the work again.
func TestReceiveHereHandsAnIdlePagesWorkToItsCaller(t *testing.T) {
	wp := page.NewWebPage()
	inside, release := make(chan struct{}), make(chan struct{})
	clicks := 0
	b := component.Button(component.Text("0"), component.In(wp))
	b.On("click", func(*component.Element, *page.Msg) error {
		if clicks++; clicks == 1 {
			close(inside)
			<-release
		}
		return nil
	})
	rec := attach(t, wp)
	replies := make(chan error, 2)
	click := func(n uint64) (bool, func()) {
		return wp.ReceiveHere(rec, "s1", "c1", &wire.ClientMsg{N: n, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"},
			func(err error) { replies <- err })
	}
	ok, run := click(1)
	if !ok || run == nil {
		t.Fatalf("an idle page: ok %v, work %v", ok, run != nil)
	}
	if clicks != 0 {
		t.Fatal("the message ran before its work was run")
	}
	done := make(chan struct{})
	go func() { defer close(done); run() }()
	<-inside
	if ok, again := click(2); !ok || again != nil {
		t.Errorf("a page running a handler: ok %v, work handed out again %v", ok, again != nil)
	}
	close(release)
	<-done // the work ends with the mailbox empty: both clicks ran on it
	if clicks != 2 || len(replies) != 2 {
		t.Errorf("%d clicks handled, %d replies, want 2 and 2", clicks, len(replies))
	}
}
