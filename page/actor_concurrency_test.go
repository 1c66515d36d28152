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
	within(t, 5*time.Second, "Handle", func() { err = wp.Handle(rec, "s1", "c", click(b.ID(), 1)) })
	if err != nil {
		t.Fatal(err)
	}
	within(t, 5*time.Second, "Settle", wp.Settle)
	if got, want := strings.Join(order, ", "), "handler start, fn1, handler end, fn2"; got != want {
		t.Errorf("order: %s\nwant   %s", got, want)
	}
	want := []string{
		`{"t":"patch","ack":1,"v":2,"ops":[{"id":"` + a.ID() + `","text":"fn1"}]}`,
		`{"t":"patch","ack":1,"v":3,"ops":[{"id":"` + b.ID() + `","text":"handler"}]}`,
		`{"t":"patch","ack":1,"v":4,"ops":[{"id":"` + c.ID() + `","text":"fn2"}]}`,
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
					if err := s.wp.Handle(s.rec, "s1", "c", click(s.btn.ID(), uint64(i+1))); err != nil {
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
		for what, id := range map[string]string{"button": s.btn.ID(), "div": s.div.ID()} {
			if got, _ := lastText(msgs, id); got != strconv.Itoa(rounds) {
				t.Errorf("page %s's %s last showed %q, want %q", name, what, got, strconv.Itoa(rounds))
			}
		}
	}
}

// pacedRec is a Paced connection that, when hold is set, stays busy after
// each message until the test releases it.
type pacedRec struct {
	mu    sync.Mutex
	hold  bool
	busy  bool
	ready func()
	msgs  []string
}

func (c *pacedRec) Send(m []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.msgs = append(c.msgs, string(m))
	if c.hold {
		c.busy = true
	}
}

func (c *pacedRec) Close(int, string) {}

func (c *pacedRec) Busy(ready func()) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.busy && ready != nil {
		c.ready = ready
	}
	return c.busy
}

// release ends the write in progress and calls the page back, outside the
// connection's lock, as a writer goroutine would.
func (c *pacedRec) release() {
	c.mu.Lock()
	c.busy = false
	ready := c.ready
	c.ready = nil
	c.mu.Unlock()
	if ready != nil {
		ready()
	}
}

func (c *pacedRec) all() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]string(nil), c.msgs...)
}

// A handler calling Update 500 times cannot flood a busy browser: while
// the connection writes the first update, the others wait and then travel
// as one message with the last state. A connection that is never busy gets
// every update.
func TestUpdateInALoopIsHeldWhileTheConnectionIsBusy(t *testing.T) {
	const n = 500
	setup := func(t *testing.T, c page.Conn) (*page.WebPage, *component.Element, *component.Element) {
		wp := page.NewWebPage()
		d := component.Div(component.In(wp))
		b := component.Button(component.In(wp), component.On("click", func(_ *component.Element, msg *page.Msg) error {
			for i := range n {
				d.Text = strconv.Itoa(i)
				msg.Page.Update()
			}
			return nil
		}))
		attachConn(t, wp, c)
		return wp, d, b
	}
	patch := func(v int, id, text string) string {
		return `{"t":"patch","ack":1,"v":` + strconv.Itoa(v) + `,"ops":[{"id":"` + id + `","text":"` + text + `"}]}`
	}

	t.Run("busy", func(t *testing.T) {
		c := &pacedRec{hold: true}
		wp, d, b := setup(t, c)
		within(t, 5*time.Second, "Handle", func() {
			if err := wp.Handle(c, "s1", "c", click(b.ID(), 1)); err != nil {
				t.Error(err)
			}
		})
		wp.Settle()
		if got, want := c.all(), []string{patch(2, d.ID(), "0")}; strings.Join(got, "\n") != strings.Join(want, "\n") {
			if len(got) > 2 {
				got = []string{got[0], "...", got[len(got)-1]}
			}
			t.Fatalf("while busy: %d messages %q\nwant %q", len(c.all()), got, want)
		}
		c.release()
		wp.Settle()
		want := []string{patch(2, d.ID(), "0"), patch(3, d.ID(), strconv.Itoa(n-1))}
		if got := c.all(); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("after the release: %q\nwant %q", got, want)
		}
		c.release() // nothing is owed now
		wp.Settle()
		if got := c.all(); len(got) != 2 {
			t.Errorf("a second release sent %q", got[2:])
		}
	})

	for _, nb := range []struct {
		name string
		conn func() (page.Conn, func() []string)
	}{
		{"plain recorder", func() (page.Conn, func() []string) { r := &lockedRec{}; return r, r.all }},
		{"paced, never busy", func() (page.Conn, func() []string) { r := &pacedRec{}; return r, r.all }},
	} {
		t.Run(nb.name, func(t *testing.T) {
			c, msgs := nb.conn()
			wp, d, b := setup(t, c)
			within(t, 5*time.Second, "Handle", func() {
				if err := wp.Handle(c, "s1", "c", click(b.ID(), 1)); err != nil {
					t.Error(err)
				}
			})
			got := msgs()
			if len(got) != n {
				t.Fatalf("%d messages for %d updates", len(got), n)
			}
			for i, m := range got {
				if want := patch(i+2, d.ID(), strconv.Itoa(i)); m != want {
					t.Fatalf("message %d: %s\nwant %s", i, m, want)
				}
			}
		})
	}
}

// One Shared element shown by 50 pages and changed by 8 goroutines at
// once: every page ends showing the last count, and the storm does not
// start a goroutine per page per change.
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
			if got, _ := lastText(r.all(), div.ID()); got != want {
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
