package transport_test

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
	"github.com/justgo/justgo/transport"
)

// servePage serves app for the test and loads its page as a browser with
// cookies would; it returns the server, that browser and the page's id.
func servePage(t *testing.T, app *jp.App) (*httptest.Server, *http.Client, []byte) {
	t.Helper()
	srv, hc, body := loadPage(t, app)
	m := regexp.MustCompile(`data-jp-page="([^"]+)"`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("not a JustGo page: %s", body)
	}
	return srv, hc, m[1]
}

// loadPage serves app for the test and loads its page as a browser with
// cookies would; it returns the server, that browser and the page's HTML.
func loadPage(t *testing.T, app *jp.App) (*httptest.Server, *http.Client, []byte) {
	t.Helper()
	srv := httptest.NewServer(app)
	t.Cleanup(func() { app.Close(); srv.Close() })
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Jar: jar}
	resp, err := hc.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	return srv, hc, body
}

// A handler that runs for several read deadlines keeps its browser's
// connection (the reader goes on reading pongs), and other pages' browsers
// are answered meanwhile.
func TestALongHandlerKeepsItsConnection(t *testing.T) {
	defer transport.SetTimingForTest(transport.Timing{Pong: 600 * time.Millisecond})() // short, yet a loaded machine answers pings in time
	app := jp.NewApp()
	release := make(chan struct{})
	jp.Route(app, "/slow", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Button(jp.Text("slow"), jp.In(wp)).On("click", func(self *jp.Element, _ *jp.Msg) error {
			<-release
			self.Text = "slow done"
			return nil
		})
		return wp
	})
	jp.Route(app, "/fast", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		n := 0
		jp.Button(jp.Text("fast 0"), jp.In(wp)).On("click", func(self *jp.Element, _ *jp.Msg) error {
			n++
			self.Text = fmt.Sprint("fast ", n)
			return nil
		})
		return wp
	})
	srv := jptest.New(t, app)
	slow, fast := srv.NewUser().Open("/slow"), srv.NewUser().Open("/fast")
	done := make(chan struct{})
	go func() {
		defer close(done)
		slow.Click(slow.ByText("slow"))
	}()
	start := time.Now()
	for i := 1; time.Since(start) < 2400*time.Millisecond; i++ { // four read deadlines
		fast.Click(fast.ByText("fast"))
		fast.ShouldSee(fmt.Sprint("fast ", i))
		time.Sleep(50 * time.Millisecond)
	}
	close(release)
	<-done
	slow.ShouldSee("slow done")
	slow.Click(slow.ByText("slow done")) // the same connection, still answered
	slow.ShouldSee("slow done")
}

// An upload that trickles in more slowly than the minimum rate is cut off
// with 408, and the page carries on.
func TestTrickledUploadIsCutOff(t *testing.T) {
	defer transport.SetTimingForTest(transport.Timing{UploadGrace: 300 * time.Millisecond, UploadMinRate: 1 << 20})()
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Form(jp.Children(jp.Input(jp.Type("file"), jp.Name("f"))), jp.In(wp))
		return wp
	})
	srv, hc, pageID := servePage(t, app)

	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	fw, _ := mw.CreateFormFile("file", "slow.txt")
	fw.Write(bytes.Repeat([]byte("x"), 4096))
	mw.Close()
	pr, pw := io.Pipe()
	go func() { // the headers at once, then a byte every 100 ms
		data := form.Bytes()
		pw.Write(data[:200])
		for _, b := range data[200:] {
			time.Sleep(100 * time.Millisecond)
			if _, err := pw.Write([]byte{b}); err != nil {
				return
			}
		}
		pw.Close()
	}()
	req, _ := http.NewRequest("POST", srv.URL+"/_jp/upload?page="+url.QueryEscape(string(pageID)), pr)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	start := time.Now()
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	pr.CloseWithError(io.ErrClosedPipe)
	if resp.StatusCode != http.StatusRequestTimeout || time.Since(start) > 5*time.Second {
		t.Errorf("trickled upload: %s %s after %v", resp.Status, msg, time.Since(start))
	}
	if resp, err := hc.Get(srv.URL); err != nil || resp.StatusCode != 200 {
		t.Errorf("the server stopped answering: %v %v", resp, err)
	}
}

// An event POST whose body trickles in is cut off (408) once its time to
// arrive has passed.
func TestTrickledEventPostIsCutOff(t *testing.T) {
	defer transport.SetTimingForTest(transport.Timing{PostRead: 300 * time.Millisecond})()
	cfg := jp.DefaultConfig()
	cfg.Websockets = false
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Button(jp.Text("b"), jp.In(wp)).On("click", func(*jp.Element, *jp.Msg) error { return nil })
		return wp
	})
	srv, hc, pageID := servePage(t, app)
	pr, pw := io.Pipe()
	go func() {
		for _, b := range []byte(`[{"n":1,"t":"ev","id":"x","ev":"click"}]`) {
			time.Sleep(100 * time.Millisecond)
			if _, err := pw.Write([]byte{b}); err != nil {
				return
			}
		}
		pw.Close()
	}()
	req, _ := http.NewRequest("POST", srv.URL+"/_jp/event?page="+url.QueryEscape(string(pageID)), pr)
	start := time.Now()
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	pr.CloseWithError(io.ErrClosedPipe)
	if resp.StatusCode != http.StatusRequestTimeout || time.Since(start) > 3*time.Second {
		t.Errorf("trickled POST: %s after %v", resp.Status, time.Since(start))
	}
}

// With sessions off every client shares the session "": the cap on pages
// counts per client address, so one client loading many pages drops only
// its own.
func TestSessionsOffCapPagesPerAddress(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.Sessions = false
	cfg.MaxPagesPerSession = 2
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Div(jp.Text("hello"), jp.In(wp))
		return wp
	})
	srv := httptest.NewServer(app)
	defer srv.Close()
	defer app.Close()
	from := func(ip string) *http.Client {
		d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(ip)}}
		return &http.Client{Transport: &http.Transport{DialContext: d.DialContext}}
	}
	load := func(hc *http.Client) {
		resp, err := hc.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	load(from("127.0.0.2"))
	for range 10 {
		load(from("127.0.0.1"))
	}
	if n := app.Pages(); n != 3 { // two of 127.0.0.1's and the one of 127.0.0.2
		t.Errorf("%d live pages, want 3", n)
	}
}
