package jp_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/jptest"
)

// Update in a loop faster than the browser takes the changes: they travel
// merged, never closing the browser as too slow, and the last state is
// exact.
func TestUpdatesInATightLoopArriveMerged(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		d := jp.Div(jp.Text("start"), jp.In(wp))
		jp.Button(jp.Text("go"), jp.In(wp)).On("click", func(_ *jp.Element, msg *jp.Msg) error {
			for i := range 500 {
				d.Text = fmt.Sprint("n ", i)
				msg.Page.Update()
			}
			return nil
		})
		return wp
	})
	l := newBrowser(t, serve(t, app)).load("/")
	s := l.connect()
	s.event(l.id("go"), "click")
	patches, last := 0, ""
	for last != "n 499" {
		p := s.recvPatch()
		patches++
		for _, op := range p.Ops {
			if op.Text != nil {
				last = *op.Text
			}
		}
	}
	if patches >= 500 {
		t.Errorf("500 updates took %d messages: none merged", patches)
	}
	t.Logf("500 updates in %d messages", patches)
}

// clickCounter adds a button that counts its clicks: "clicks N".
func clickCounter(wp *jp.WebPage) {
	n := 0
	jp.Button(jp.Text("clicks 0"), jp.In(wp)).On("click", func(self *jp.Element, _ *jp.Msg) error {
		n++
		self.Text = fmt.Sprint("clicks ", n)
		return nil
	})
}

// panicky is a custom component whose React panics on one value.
type panicky struct {
	*jp.Element
	in *jp.Element
}

func (p *panicky) React() {
	if p.in.Value == "boom" {
		panic("React cannot take boom")
	}
}

// A component that panics bringing itself up to date takes neither the
// process nor its page down: its browser is told, other pages are answered
// and the page's next event is handled.
func TestPanickingReactOnTypedText(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		p := &panicky{}
		p.Element = jp.Make(p, "div", jp.In(wp))
		p.in = jp.Input(jp.Name("what"), jp.In(p.Element))
		clickCounter(wp)
		return wp
	})
	srv := jptest.New(t, app)
	p, other := srv.Open("/"), srv.NewUser().Open("/")
	p.Type(p.ByName("what"), "boom")
	p.Click(p.ByText("clicks")) // its change runs React
	if len(p.Errors()) == 0 {
		t.Error("the browser was not told of the panic")
	}
	p.ShouldSee("clicks 1") // what changed beside it is sent
	other.Click(other.ByText("clicks"))
	other.ShouldSee("clicks 1")
	p.Click(p.ByText("clicks"))
	p.ShouldSee("clicks 2")
}

// A burst of loads without cookies (each a session of its own) cannot make
// the server hold more than MaxPages pages, and a connected browser is
// answered throughout.
func TestCookielessBurstIsBounded(t *testing.T) {
	const loads, workers, maxPages = 30000, 8, 1000
	cfg := jp.DefaultConfig()
	cfg.MaxPages = maxPages
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		clickCounter(wp)
		return wp
	})
	srv := jptest.New(t, app)
	person := srv.Open("/")
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: workers}}
	var wg sync.WaitGroup
	var most atomic.Int64
	var refused atomic.Int64
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < loads; i += workers {
				resp, err := client.Get(srv.URL())
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					refused.Add(1)
				}
				if n := int64(app.Pages()); n > most.Load() {
					most.Store(n)
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	clicks := 0
	for running := true; running; {
		select {
		case <-done:
			running = false
		default:
		}
		person.Click(person.ByText("clicks"))
		clicks++
		person.ShouldSee(fmt.Sprint("clicks ", clicks))
		time.Sleep(10 * time.Millisecond) // a person's pace, under the cap on messages a second
	}
	if most.Load() > maxPages {
		t.Errorf("%d live pages at most, over the cap of %d", most.Load(), maxPages)
	}
	if refused.Load() != 0 {
		t.Errorf("%d loads refused: evicting pages no browser shows should make room", refused.Load())
	}
	t.Logf("%d loads, at most %d pages, %d clicks answered meanwhile", loads, most.Load(), clicks)
}

// The HTTP fallback takes a bounded number of events per request, at the
// websocket's rate, and only for pages that use it.
func TestHTTPFallbackCaps(t *testing.T) {
	for _, websockets := range []bool{false, true} {
		cfg := jp.DefaultConfig()
		cfg.Websockets = websockets
		app := jp.NewApp(jp.WithConfig(cfg))
		ran := 0
		jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
			wp := jp.NewWebPage()
			jp.Button(jp.Text("b"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { ran++; return nil })
			return wp
		})
		b := newBrowser(t, serve(t, app))
		l := b.load("/")
		post := func(n int) int {
			msgs := make([]wire.ClientMsg, n)
			for i := range msgs {
				msgs[i] = wire.ClientMsg{N: uint64(i + 1), Type: wire.TypeEvent, ID: l.id("b"), Event: "click"}
			}
			body, _ := json.Marshal(msgs)
			req, _ := http.NewRequest("POST", b.base+"/_jp/event?page="+l.pageID+"&tab=t1&v="+l.version, bytes.NewReader(body))
			resp, err := b.hc.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			return resp.StatusCode
		}
		if websockets {
			if code := post(1); code != http.StatusForbidden {
				t.Errorf("an event POST for a websocket page: %d", code)
			}
			continue
		}
		if code := post(25000); code != http.StatusRequestEntityTooLarge || ran != 0 {
			t.Errorf("25,000 events in one POST: %d, %d handled", code, ran)
		}
		codes := []int{}
		for range 6 { // 600 events at once: past the 200 a second (400 at once) of a websocket
			codes = append(codes, post(100))
		}
		if !strings.Contains(fmt.Sprint(codes), "429") || codes[0] != http.StatusOK {
			t.Errorf("a burst of posts: %v", codes)
		}
	}
}

// Pages whose ticker goroutine stops on the page's Context: a page dropped
// ends its goroutine.
func TestContextEndsWithThePage(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.PageTimeout = 100 * time.Millisecond
	cfg.NewPageTimeout = 100 * time.Millisecond
	app := jp.NewApp(jp.WithConfig(cfg))
	stopped := make(chan struct{})
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		d := jp.Div(jp.Text("0"), jp.In(wp))
		go func() {
			defer close(stopped)
			tick := time.NewTicker(10 * time.Millisecond)
			defer tick.Stop()
			for n := 0; ; n++ {
				select {
				case <-wp.Context().Done():
					return
				case <-tick.C:
					wp.Do(func() { d.Text = fmt.Sprint(n) })
				}
			}
		}()
		return wp
	})
	newBrowser(t, serve(t, app)).get("/")
	select {
	case <-stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("the page's goroutine outlived it")
	}
}
