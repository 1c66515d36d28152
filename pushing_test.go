package jp_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// A page every request gets (JustPy's shared page) and a goroutine that
// changes it inside Do: every browser sees every change, and clicks keep
// working meanwhile, with the race detector watching.
func TestSharedPageWithATicker(t *testing.T) {
	wp := jp.NewWebPage()
	clock := jp.Div(jp.Text("tick 0"), jp.In(wp))
	clicks := 0
	b := jp.Button(jp.Text("clicks 0"), jp.In(wp))
	b.On("click", func(self *jp.Element, _ *jp.Msg) error {
		clicks++
		self.Text = fmt.Sprintf("clicks %d", clicks)
		return nil
	})
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage { return wp })
	srv := jptest.New(t, app)
	alice, bob := srv.Open("/"), srv.NewUser().Open("/")

	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		ticker := time.NewTicker(2 * time.Millisecond)
		defer ticker.Stop()
		for n := 1; ; n++ {
			select {
			case <-stop:
				return
			case <-ticker.C:
				wp.Do(func() { clock.Text = fmt.Sprintf("tick %d", n) })
			}
		}
	}()
	for range 20 {
		alice.Click(alice.ByText("clicks"))
		bob.Click(bob.ByText("clicks"))
	}
	alice.WaitFor("clicks 40")
	bob.WaitFor("tick 30")
	alice.WaitFor("tick 30")
	close(stop)
	<-done
}

// People keep opening a shared page while a goroutine changes it and its
// title inside Do: each new browser gets the page whole, with a title and
// a tick the goroutine set, and the race detector sees the request read
// the page only on the page's own goroutine.
func TestOpeningASharedPageWhileItChanges(t *testing.T) {
	wp := jp.NewWebPage()
	wp.Keep, wp.Title = true, "at 0"
	clock := jp.Div(jp.Text("tick 0"), jp.In(wp))
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage { return wp })
	srv := jptest.New(t, app)
	first := srv.Open("/") // a browser the changes are sent to

	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		for n := 1; ; n++ {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
			wp.Do(func() {
				clock.Text = fmt.Sprintf("tick %d", n)
				wp.Title = fmt.Sprintf("at %d", n)
			})
		}
	}()
	for i := range 20 {
		p := srv.NewUser().Open("/")
		if !strings.HasPrefix(p.Title(), "at ") {
			t.Errorf("open %d: title %q", i, p.Title())
		}
		p.WaitFor("tick")
	}
	close(stop)
	<-done
	first.WaitFor("tick 2")
}
