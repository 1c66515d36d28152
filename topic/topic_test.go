package topic_test

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/topic"
)

// conn is a browser connection that keeps what it was sent.
type conn struct {
	mu   sync.Mutex
	msgs []string
}

func (c *conn) Send(m []byte)     { c.mu.Lock(); c.msgs = append(c.msgs, string(m)); c.mu.Unlock() }
func (c *conn) Close(int, string) {}

// subscribed is a page that counts the values it was shown.
type subscribed struct {
	wp     *page.WebPage
	count  *component.Element
	button *component.Element
	n      int // owned by the page's goroutine
	c      *conn
}

func newSubscribed(t *testing.T, reg *page.Registry, tp *topic.Topic[int], onClick func()) *subscribed {
	t.Helper()
	s := &subscribed{wp: page.NewWebPage(), c: &conn{}}
	s.count = component.Div(component.Text("0"), component.In(s.wp))
	s.button = component.Button(component.In(s.wp), component.On("click", func(*component.Element, *page.Msg) error {
		onClick()
		return nil
	}))
	tp.Subscribe(s.wp, func(int) {
		s.n++
		s.count.Text = fmt.Sprint(s.n)
	})
	if err := reg.Serve(s.wp, "s"); err != nil {
		t.Fatal(err)
	}
	v, _ := s.wp.Render(&strings.Builder{})
	if _, err := reg.Attach(s.wp.ID(), "s", "", s.c, v); err != nil {
		t.Fatal(err)
	}
	return s
}

// 100 pages subscribed; values published from 8 goroutines and from the
// handlers of subscribed pages all reach every page, with no deadlock; a
// dropped page leaves the topic by itself.
func TestEveryPageGetsEveryValue(t *testing.T) {
	base := runtime.NumGoroutine()
	reg := page.NewRegistry(time.Minute)
	var tp topic.Topic[int]
	var pages []*subscribed
	for range 100 {
		pages = append(pages, newSubscribed(t, reg, &tp, func() { tp.Publish(-1) }))
	}
	const goroutines, each, clicks = 8, 100, 50
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				tp.Publish(g*each + i)
			}
		}()
	}
	for i := range clicks { // a handler of a subscribed page publishes to all, itself included
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := pages[i%len(pages)]
			if err := p.wp.Handle(p.c, "s", "c", &wire.ClientMsg{Type: wire.TypeEvent, ID: p.button.Ref(), Event: "click"}); err != nil {
				t.Error(err)
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("publishing deadlocked")
	}
	want := fmt.Sprint(goroutines*each + clicks)
	for i, p := range pages {
		var got string
		p.wp.DoWait(func() { got = p.count.Text })
		if got != want {
			t.Fatalf("page %d shows %s values, want %s", i, got, want)
		}
	}
	reg.Close() // every page dropped
	deadline := time.Now().Add(5 * time.Second)
	for tp.Subscribers() != 0 || runtime.NumGoroutine() > base+2 {
		if time.Now().After(deadline) {
			t.Fatalf("%d subscribers, %d goroutines (%d before)", tp.Subscribers(), runtime.NumGoroutine(), base)
		}
		time.Sleep(10 * time.Millisecond)
	}
	tp.Publish(0) // reaches nobody, and blocks on nothing
}

// Cancel ends one page's subscription; the others go on.
func TestCancel(t *testing.T) {
	reg := page.NewRegistry(time.Minute)
	defer reg.Close()
	var tp topic.Topic[int]
	a := newSubscribed(t, reg, &tp, func() {})
	wp := page.NewWebPage()
	reg.Serve(wp, "s")
	shown := 0
	cancel := tp.Subscribe(wp, func(int) { shown++ })
	tp.Publish(1)
	cancel()
	tp.Publish(2)
	wp.DoWait(func() {})
	a.wp.DoWait(func() {})
	if shown != 1 || a.n != 2 || tp.Subscribers() != 1 {
		t.Errorf("shown %d, other page %d, %d subscribers", shown, a.n, tp.Subscribers())
	}
}

func ExampleTopic() {
	var board topic.Topic[string]
	wp := page.NewWebPage()
	last := component.Div(component.Text("no message yet"), component.In(wp))
	board.Subscribe(wp, func(msg string) { last.Text = msg })
	board.Publish("hello, everyone") // from any goroutine or handler
	wp.DoWait(func() { fmt.Println(last.Text) })
	// Output: hello, everyone
}
