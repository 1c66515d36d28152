package e2e

import (
	"fmt"
	"io"
	"net"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	jp "github.com/justgo/justgo"
)

// cutProxy forwards TCP to a server until cut: then it drops every
// connection and refuses new ones, as a network outage would, until mended.
type cutProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	down   bool
}

func newCutProxy(t *testing.T, target string) *cutProxy {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, target: target}
	t.Cleanup(func() { ln.Close(); p.cut() })
	go p.serve()
	return p
}

func (p *cutProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := p.down
		p.mu.Unlock()
		if down {
			c.Close()
			continue
		}
		s, err := net.Dial("tcp", p.target)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, s)
		p.mu.Unlock()
		go func() { io.Copy(s, c); s.Close() }()
		go func() { io.Copy(c, s); c.Close() }()
	}
}

func (p *cutProxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = true
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *cutProxy) mend() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = false
}

// After a network blip the page resumes where it was, without a reload,
// and the clicks made during the outage are handled once each.
func TestNetworkBlipResumesThePage(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		n := 0
		jp.Button(jp.ID("b"), jp.Text("clicks 0"), jp.In(wp)).On("click", func(self *jp.Element, _ *jp.Msg) error {
			n++
			self.Text = fmt.Sprintf("clicks %d", n)
			return nil
		})
		return wp
	})
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	proxy := newCutProxy(t, srv.Listener.Addr().String())
	url := "http://" + proxy.ln.Addr().String()

	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(url), waitConnected(), click("#b"), waitText("#b", "clicks 1"),
		chromedp.Poll[chromedp.Void](`(window.sameDocument = true)`))
	proxy.cut()
	run(t, browser, waitJS(`document.getElementById("jp-root").dataset.jpState === "reconnecting"`),
		click("#b"), click("#b")) // during the outage
	time.Sleep(300 * time.Millisecond)
	proxy.mend()
	run(t, browser, waitText("#b", "clicks 3"), waitConnected())
	if !get(t, browser, chromedp.Evaluate[bool](`window.sameDocument === true`)) {
		t.Error("the page reloaded instead of resuming")
	}
	run(t, browser, click("#b"), waitText("#b", "clicks 4"))
}
