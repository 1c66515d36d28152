package page_test

import (
	"encoding/json"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// lockedRec is a recorder safe for use from several goroutines.
type lockedRec struct {
	mu     sync.Mutex
	msgs   []string
	closed int
}

func (r *lockedRec) Send(m []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, string(m))
}

func (r *lockedRec) Close(code int, _ string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.closed = code
}

func (r *lockedRec) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.msgs...)
}

func (r *lockedRec) closedCode() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.closed
}

// lastText is the text the messages last set for the element with id, and
// whether any did.
func lastText(msgs []string, id string) (string, bool) {
	for i := len(msgs) - 1; i >= 0; i-- {
		var m struct {
			Ops []struct {
				ID   string
				Text *string
			}
		}
		if json.Unmarshal([]byte(msgs[i]), &m) != nil {
			continue
		}
		for j := len(m.Ops) - 1; j >= 0; j-- {
			if m.Ops[j].ID == id && m.Ops[j].Text != nil {
				return *m.Ops[j].Text, true
			}
		}
	}
	return "", false
}

// within runs fn in a goroutine and fails the test if it has not returned
// after d: a deadlock shows as a failure, not a hung test.
func within(t *testing.T, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s did not return within %v: deadlock?", what, d)
	}
}

// A handler's DoWait runs at once on the page's goroutine, and its Do runs
// after the handler (and the handler's flush); Handle does not deadlock.
func TestDoWaitAndDoFromAHandlerOfTheSamePage(t *testing.T) {
	wp := page.NewWebPage()
	a := component.Div(component.In(wp))
	c := component.Div(component.In(wp))
	var order []string
	b := component.Button(component.In(wp), component.On("click", func(self *component.Element, msg *page.Msg) error {
		order = append(order, "handler start")
		if !msg.Page.DoWait(func() { order = append(order, "fn1"); a.Text = "fn1" }) {
			order = append(order, "DoWait refused")
		}
		if !msg.Page.Do(func() { order = append(order, "fn2"); c.Text = "fn2" }) {
			order = append(order, "Do refused")
		}
		self.Text = "handler"
		order = append(order, "handler end")
		return nil
	}))
	rec := attach(t, wp)
	var err error
	within(t, 5*time.Second, "Handle", func() { err = wp.Handle(rec, "s1", "c", click(b.Ref(), 1)) })
	if err != nil {
		t.Fatal(err)
	}
	within(t, 5*time.Second, "Settle", wp.Settle)
	if got, want := strings.Join(order, ", "), "handler start, fn1, handler end, fn2"; got != want {
		t.Errorf("order: %s\nwant   %s", got, want)
	}
	want := []string{
		`{"t":"patch","ack":1,"v":2,"ops":[{"id":"` + a.Ref() + `","text":"fn1"}]}`,
		`{"t":"patch","ack":1,"v":3,"ops":[{"id":"` + b.Ref() + `","text":"handler"}]}`,
		`{"t":"patch","ack":1,"v":4,"ops":[{"id":"` + c.Ref() + `","text":"fn2"}]}`,
	}
	if got := rec.take(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// Two pages whose handlers Do on each other, clicked at the same time,
// a hundred times: no deadlock, and every change reaches its browser.
func TestDoAcrossTwoPagesBothWaysDoesNotDeadlock(t *testing.T) {
	type side struct {
		wp       *page.WebPage
		btn, div *component.Element
		rec      *lockedRec
		clicks   int // on the page's goroutine
		done     int // Do functions the other page queued, run
	}
	a, b := &side{wp: page.NewWebPage()}, &side{wp: page.NewWebPage()}
	for _, s := range []*side{a, b} {
		s.btn = component.Button(component.In(s.wp))
		s.div = component.Div(component.In(s.wp))
	}
	for _, p := range [][2]*side{{a, b}, {b, a}} {
		self, other := p[0], p[1]
		self.btn.On("click", func(e *component.Element, _ *page.Msg) error {
			self.clicks++
			e.Text = strconv.Itoa(self.clicks)
			other.wp.Do(func() {
				other.done++
				other.div.Text = strconv.Itoa(other.done)
			})
			return nil
		})
	}
	for _, s := range []*side{a, b} {
		s.rec = &lockedRec{}
		attachConn(t, s.wp, s.rec)
	}
	const rounds = 100
	within(t, 20*time.Second, "the clicks", func() {
		for i := range rounds {
			var wg sync.WaitGroup
			for _, s := range []*side{a, b} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if err := s.wp.Handle(s.rec, "s1", "c", click(s.btn.Ref(), uint64(i+1))); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
		}
		a.wp.Settle()
		b.wp.Settle()
	})
	for name, s := range map[string]*side{"A": a, "B": b} {
		msgs := s.rec.all()
		for what, id := range map[string]string{"button": s.btn.Ref(), "div": s.div.Ref()} {
			if got, _ := lastText(msgs, id); got != strconv.Itoa(rounds) {
				t.Errorf("page %s's %s last showed %q, want %q", name, what, got, strconv.Itoa(rounds))
			}
		}
	}
}

func TestSharedChangesFromManyGoroutinesReachEveryPageWithFewGoroutines(t *testing.T) {
	const pages, writers, each = 50, 8, 100
	div := component.Div(component.Text("0"))
	shared := component.NewShared(div)
	recs := make([]*lockedRec, pages)
	wps := make([]*page.WebPage, pages)
	for i := range pages {
		wps[i] = page.NewWebPage()
		wps[i].Add(shared)
		recs[i] = &lockedRec{}
		attachConn(t, wps[i], recs[i])
	}
	for _, wp := range wps {
		wp.Settle()
	}
	baseline := runtime.NumGoroutine()

	var peak atomic.Int64
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		for {
			if n := int64(runtime.NumGoroutine()); n > peak.Load() {
				peak.Store(n)
			}
			select {
			case <-stop:
				return
			default:
				time.Sleep(20 * time.Microsecond)
			}
		}
	}()

	n := 0 // guarded by the shared element's lock
	var wg sync.WaitGroup
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				shared.Do(func() {
					n++
					div.Text = strconv.Itoa(n)
				})
			}
		}()
	}
	wg.Wait()

	want := strconv.Itoa(writers * each)
	deadline := time.Now().Add(5 * time.Second)
	for {
		behind := 0
		var example string
		for i, r := range recs {
			if got, _ := lastText(r.all(), div.Ref()); got != want {
				behind++
				example = "page " + strconv.Itoa(i) + " shows " + strconv.Quote(got)
			}
		}
		if behind == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("%d of %d pages never showed %s (%s)", behind, pages, want, example)
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	close(stop)
	<-sampled
	if p := peak.Load(); p >= int64(baseline+100) {
		t.Errorf("%d goroutines at the peak of the storm, %d before: want fewer than %d", p, baseline, baseline+100)
	}
}

// A goroutine feeding a page through Do stops on its Context once the page
// is dropped, and Do then refuses.
func TestAFeedingGoroutineStopsWhenItsPageIsDropped(t *testing.T) {
	cases := []struct {
		name    string
		timeout time.Duration
		drop    func(*page.Registry)
		wait    time.Duration // for the goroutine to end
	}{
		{"expired without a browser", 30 * time.Millisecond, func(*page.Registry) {}, 30*time.Millisecond + 2*time.Second},
		{"registry closed", time10m, func(reg *page.Registry) { reg.Close() }, 2 * time.Second},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			reg := page.NewRegistry(c.timeout)
			defer reg.Close()
			wp := page.NewWebPage()
			d := component.Div(component.In(wp))
			reg.Serve(wp, "s1")
			var fed atomic.Int64
			done := make(chan struct{})
			go func() {
				defer close(done)
				ticker := time.NewTicker(time.Millisecond)
				defer ticker.Stop()
				n := 0
				for {
					select {
					case <-wp.Context().Done():
						return
					case <-ticker.C:
						wp.Do(func() {
							n++
							d.Text = strconv.Itoa(n)
							fed.Add(1)
						})
					}
				}
			}()
			time.Sleep(10 * time.Millisecond)
			c.drop(reg)
			select {
			case <-done:
			case <-time.After(c.wait):
				t.Fatal("the feeding goroutine still runs after the page was dropped")
			}
			if !wp.Expired() {
				t.Error("the page is not marked as dropped")
			}
			if wp.Do(func() { t.Error("a Do function ran on a dropped page") }) {
				t.Error("Do on a dropped page reported true")
			}
			if fed.Load() == 0 {
				t.Log("the goroutine never fed the page before it went")
			}
		})
	}
}

// A page stuck in a handler does not hold up browsers attaching to it:
// Attach checks at once and the connection joins when the page is free,
// so reconnecting to a stuck page leaves no goroutine waiting.
func TestAttachDoesNotWaitForAStuckHandler(t *testing.T) {
	wp := page.NewWebPage()
	release := make(chan struct{})
	b := component.Button(component.In(wp), component.On("click", func(*component.Element, *page.Msg) error {
		<-release
		return nil
	}))
	reg := page.NewRegistry(time.Minute)
	defer reg.Close()
	reg.Serve(wp, "s")
	v, _ := wp.Render(&strings.Builder{})
	first := &lockedRec{}
	reg.Attach(wp.ID(), "s", "", first, v)
	go wp.Handle(first, "s", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: b.Ref(), Event: "click"})
	time.Sleep(20 * time.Millisecond) // the handler is stuck
	base := runtime.NumGoroutine()
	within(t, 2*time.Second, "50 attaches to a stuck page", func() {
		for range 50 {
			c := &lockedRec{}
			if _, err := reg.Attach(wp.ID(), "s", "", c, v); err != nil {
				t.Error(err)
			}
			reg.Detach(wp, c)
		}
	})
	if n := runtime.NumGoroutine(); n > base+2 {
		t.Errorf("%d goroutines after 50 attaches, %d before", n, base)
	}
	close(release)
}
