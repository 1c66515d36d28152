package e2e

import (
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
	"go.uber.org/goleak"
)

// Connections, pages and their timers leave no goroutine behind once the
// browsers are gone, the pages have expired and the app is closed.
func TestNoGoroutineOutlivesItsPage(t *testing.T) {
	before := goleak.IgnoreCurrent()                   // what other tests left running
	t.Cleanup(func() { goleak.VerifyNone(t, before) }) // runs after every other cleanup
	cfg := jp.DefaultConfig()
	cfg.PageTimeout = 100 * time.Millisecond
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		n := 0
		jp.Button(jp.Text("clicks 0"), jp.In(wp)).On("click", func(self *jp.Element, _ *jp.Msg) error {
			n++
			self.Text = "clicks " + string(rune('0'+n))
			return nil
		})
		return wp
	})
	srv := jptest.New(t, app)
	for range 20 {
		p := srv.NewUser().Open("/")
		p.Click(p.ByText("clicks"))
		p.ShouldSee("clicks 1")
	}
}

// A goroutine that feeds a page stops on the page's Context when the page
// is dropped, leaving nothing behind.
func TestTickerStopsWithItsPage(t *testing.T) {
	before := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, before) })
	cfg := jp.DefaultConfig()
	cfg.PageTimeout = 100 * time.Millisecond
	app := jp.NewApp(jp.WithConfig(cfg))
	stopped := make(chan struct{})
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		clock := jp.Div(jp.Text("tick 0"), jp.In(wp))
		go func() {
			defer close(stopped)
			tick := time.NewTicker(10 * time.Millisecond)
			defer tick.Stop()
			for n := 1; ; n++ {
				select {
				case <-wp.Context().Done():
					return
				case <-tick.C:
					wp.Do(func() { clock.Text = "tick " + time.Duration(n).String() })
				}
			}
		}()
		return wp
	})
	srv := jptest.New(t, app)
	p := srv.Open("/")
	p.WaitUntil("the clock ticks", func() bool { return !p.Sees("tick 0") })
	p.Close()
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("the ticker outlived its page")
	}
}
