package page_test

import (
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

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
			if err := wp.Handle(c, "s1", "c", click(b.Ref(), 1)); err != nil {
				t.Error(err)
			}
		})
		wp.Settle()
		if got, want := c.all(), []string{patch(2, d.Ref(), "0")}; strings.Join(got, "\n") != strings.Join(want, "\n") {
			if len(got) > 2 {
				got = []string{got[0], "...", got[len(got)-1]}
			}
			t.Fatalf("while busy: %d messages %q\nwant %q", len(c.all()), got, want)
		}
		c.release()
		wp.Settle()
		want := []string{patch(2, d.Ref(), "0"), patch(3, d.Ref(), strconv.Itoa(n-1))}
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
				if err := wp.Handle(c, "s1", "c", click(b.Ref(), 1)); err != nil {
					t.Error(err)
				}
			})
			got := msgs()
			if len(got) != n {
				t.Fatalf("%d messages for %d updates", len(got), n)
			}
			for i, m := range got {
				if want := patch(i+2, d.Ref(), strconv.Itoa(i)); m != want {
					t.Fatalf("message %d: %s\nwant %s", i, m, want)
				}
			}
		})
	}
}

// One Shared element shown by 50 pages and changed by 8 goroutines at
// once: every page ends showing the last count, and the storm does not
// start a goroutine per page per change.

// What an event's handler changed is sent before its after hook runs, even
// while the connection is busy: the hook's change waits for the next
// update and must not cancel the handler's (after_demo: a click shows its
// notification, the after hook hides it again for the next click to send).
func TestAfterHookWaitsEvenWhileBusy(t *testing.T) {
	wp := page.NewWebPage()
	note := component.Div(component.Text("note"), component.In(wp), component.Show(false))
	b := component.Button(component.In(wp),
		component.On("click", func(*component.Element, *page.Msg) error { note.Show = true; return nil }),
		component.On("after", func(*component.Element, *page.Msg) error { note.Show = false; return nil }))
	c := &pacedRec{}
	attachConn(t, wp, c)
	c.mu.Lock()
	c.busy = true // still writing something earlier
	c.mu.Unlock()
	if err := wp.Handle(c, "s1", "c", click(b.Ref(), 1)); err != nil {
		t.Fatal(err)
	}
	c.release()
	wp.Settle()
	if all := strings.Join(c.all(), "\n"); !strings.Contains(all, `{"id":"`+note.Ref()+`","show":true}`) {
		t.Fatalf("the handler's change never went out: %q", c.all())
	}
}
