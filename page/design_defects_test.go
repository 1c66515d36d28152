package page_test

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/upload"
)

// Full syncs of a page showing a Shared element are encoded while another
// goroutine changes the element's Attrs and Value in Shared.Do: what is
// encoded outside the element's lock must be copies (the race detector
// watches).
func TestSharedSubtreeIsEncodedFromCopies(t *testing.T) {
	box := component.Div(component.Attr("title", "t0"), component.Attr("role", "status"))
	in := component.Input(component.Value("v0"), component.Attr("placeholder", "p0"), component.In(box))
	shared := component.NewShared(box)
	wp := page.NewWebPage()
	wp.Add(shared)
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	reg.Serve(wp, "s1")
	wp.Render(&strings.Builder{})

	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			shared.Do(func() {
				s := strconv.Itoa(i)
				box.Attrs["title"] = "t" + s
				box.SetAttr("data-n", s)
				if i%2 == 0 {
					delete(box.Attrs, "role")
				} else {
					box.Attrs["role"] = "status"
				}
				in.Value = "v" + s
				in.Attrs["placeholder"] = "p" + s
			})
			time.Sleep(20 * time.Microsecond) // each change queues a flush on the page
		}
	}()
	for i := range 200 {
		rec := &lockedRec{}
		if _, err := reg.Attach(wp.ID(), "s1", "tab-"+strconv.Itoa(i), rec, 0); err != nil {
			t.Fatal(err)
		}
		wp.Settle()
		if msgs := rec.all(); len(msgs) == 0 || !strings.Contains(msgs[0], `"id":"`+in.Ref()+`"`) {
			t.Fatalf("attach %d got no full sync with the shared input: %q", i, msgs)
		}
		reg.Detach(wp, rec)
	}
	close(stop)
	wg.Wait()
}

// Attach checks the page and joins it at once: an Attach that succeeds
// leaves the connection on a page the registry still has (or, dropped
// after, a connection told so), never on a page the registry forgot while
// it was being attached.
func TestAttachNeverJoinsAPageTheRegistryForgot(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.NewPageTimeout = time.Millisecond
	defer reg.Close()
	var joined, closed, refused int
	for i := range 300 {
		wp := page.NewWebPage()
		reg.Serve(wp, "s")
		time.Sleep(time.Duration(rand.IntN(1000)) * time.Microsecond)
		rec := &lockedRec{}
		got, err := reg.Attach(wp.ID(), "s", "", rec, 0)
		if err != nil {
			if !errors.Is(err, page.ErrUnknownPage) {
				t.Fatalf("round %d: %v", i, err)
			}
			refused++
			continue
		}
		if got != wp {
			t.Fatalf("round %d: Attach returned another page", i)
		}
		wp.Settle()
		if _, err := reg.Lookup(wp.ID(), "s"); err == nil {
			if wp.Connections() != 1 {
				t.Errorf("round %d: the page has %d connections, want 1", i, wp.Connections())
			}
			reg.Detach(wp, rec)
			joined++
			continue
		}
		if code := rec.closedCode(); code != wire.CloseUnknownPage {
			t.Fatalf("round %d: attached to a page the registry forgot (Lookup fails, Expired %v), and the connection was not closed (code %d)",
				i, wp.Expired(), code)
		}
		closed++
	}
	t.Logf("%d attached, %d closed after, %d refused", joined, closed, refused)
}

// InnerHTML stands in for a div's children: they are not sent while it is
// set, and when it is cleared they come whole, with the div's text.
func TestInnerHTMLHidesChildrenUntilCleared(t *testing.T) {
	type node struct {
		ID   string
		Text string
		HTML *string
		Kids []json.RawMessage
	}
	fullSyncNode := func(t *testing.T, msg, id string) node {
		t.Helper()
		var m struct {
			Ops []struct {
				ID   string
				Kids []json.RawMessage
			}
		}
		if err := json.Unmarshal([]byte(msg), &m); err != nil || len(m.Ops) != 1 || m.Ops[0].ID != "" {
			t.Fatalf("not a full sync: %s", msg)
		}
		for _, k := range m.Ops[0].Kids {
			var n node
			if json.Unmarshal(k, &n) == nil && n.ID == id {
				return n
			}
		}
		t.Fatalf("the full sync has no node %s: %s", id, msg)
		return node{}
	}

	t.Run("set from the start", func(t *testing.T) {
		wp := page.NewWebPage()
		d := component.Div(component.Text("t"), component.InnerHTML("raw"), component.In(wp))
		span := component.Span(component.Text("old"), component.In(d))
		reg := page.NewRegistry(time10m)
		defer reg.Close()
		reg.Serve(wp, "s1")
		var html strings.Builder
		v, _ := wp.Render(&html)
		if want := `<div data-jp="` + d.Ref() + `">raw</div>`; html.String() != want {
			t.Errorf("first render: %s\nwant %s", html.String(), want)
		}
		stale := &recorder{}
		reg.Attach(wp.ID(), "s1", "t1", stale, 0)
		wp.Settle()
		if len(stale.msgs) != 1 {
			t.Fatalf("full sync: %q", stale.msgs)
		}
		if n := fullSyncNode(t, stale.msgs[0], d.Ref()); n.HTML == nil || *n.HTML != "raw" || len(n.Kids) != 0 {
			t.Errorf("full sync sends the div as %s", stale.msgs[0])
		}
		reg.Detach(wp, stale)
		rec := &recorder{}
		reg.Attach(wp.ID(), "s1", "t2", rec, v)
		wp.Settle()
		rec.take()
		if msgs := change(wp, rec, func() { span.Text = "new" }); len(msgs) != 0 {
			t.Errorf("a child InnerHTML stands in for sent %q", msgs)
		}
		msgs := change(wp, rec, func() { d.InnerHTML = "" })
		want := `{"t":"patch","ack":0,"v":2,"ops":[{"id":"` + d.Ref() + `","text":"t","html":"","kids":[{"id":"` + span.Ref() + `","tag":"span","text":"new"}]}]}`
		if len(msgs) != 1 || msgs[0] != want {
			t.Errorf("clearing InnerHTML sent %q\nwant %s", msgs, want)
		}
	})

	t.Run("set after the children were sent", func(t *testing.T) {
		wp := page.NewWebPage()
		d := component.Div(component.Text("t"), component.In(wp))
		span := component.Span(component.Text("old"), component.In(d))
		rec := attach(t, wp)
		change(wp, rec, func() { d.InnerHTML = "raw" })
		if msgs := change(wp, rec, func() { span.Text = "new" }); len(msgs) != 0 {
			t.Errorf("a child InnerHTML replaced sent %q", msgs)
		}
		msgs := change(wp, rec, func() { d.InnerHTML = "" })
		want := `{"t":"patch","ack":0,"v":3,"ops":[{"id":"` + d.Ref() + `","text":"t","html":"","kids":[{"id":"` + span.Ref() + `","tag":"span","text":"new"}]}]}`
		if len(msgs) != 1 || msgs[0] != want {
			t.Errorf("clearing InnerHTML sent %q\nwant %s", msgs, want)
		}
	})
}

// Redirect is a command: set again to the same URL after it was sent, it
// is sent again.
func TestRedirectSameURLTwiceIsSentTwice(t *testing.T) {
	wp := page.NewWebPage()
	component.Div(component.In(wp))
	rec := attach(t, wp)
	for i, v := range []string{"2", "3"} {
		msgs := change(wp, rec, func() { wp.Redirect = "/login" })
		if want := `{"t":"patch","ack":0,"v":` + v + `,"redirect":"/login"}`; len(msgs) != 1 || msgs[0] != want {
			t.Errorf("redirect %d: %q, want %s", i+1, msgs, want)
		}
	}
	if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
		t.Errorf("the redirect was sent once more: %q", msgs)
	}
}

// A redirect set while no browser has the page is sent to the first that
// attaches, after its full sync if it needs one.
func TestRedirectWaitsForABrowser(t *testing.T) {
	for _, stale := range []bool{false, true} {
		t.Run("stale="+strconv.FormatBool(stale), func(t *testing.T) {
			wp := page.NewWebPage()
			d := component.Div(component.Text("x"), component.In(wp))
			reg := page.NewRegistry(time10m)
			defer reg.Close()
			reg.Serve(wp, "s1")
			v, _ := wp.Render(&strings.Builder{})
			wp.DoWait(func() { wp.Redirect = "/later" })
			if stale {
				v = 0
			}
			rec := &recorder{}
			if _, err := reg.Attach(wp.ID(), "s1", "", rec, v); err != nil {
				t.Fatal(err)
			}
			wp.Settle()
			msgs := rec.take()
			at := -1
			for i, m := range msgs {
				if strings.Contains(m, `"redirect":"/later"`) {
					if at >= 0 {
						t.Errorf("the redirect was sent twice: %q", msgs)
					}
					at = i
				}
			}
			switch {
			case at < 0:
				t.Fatalf("the redirect never reached the browser: %q", msgs)
			case !stale && (len(msgs) != 1 || msgs[0] != `{"t":"patch","ack":0,"v":2,"redirect":"/later"}`):
				t.Errorf("got %q", msgs)
			case stale && (len(msgs) > 2 || !strings.Contains(msgs[0], `"kids":[{"id":"`+d.Ref()+`"`) || at > 1):
				t.Errorf("want the full sync, then (or with it) the redirect: %q", msgs)
			}
			if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
				t.Errorf("sent again: %q", msgs)
			}
		})
	}
}

// A redirect that is not within the app or http(s) is not sent (it could
// run script in the app's origin), unless the author allows any.
func TestRedirectRefusesScriptURLs(t *testing.T) {
	cases := []struct {
		url  string
		sent bool
	}{
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{" javascript:alert(1)", false},
		{"\tjavascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"data:text/html,hi", false},
		{"vbscript:msgbox(1)", false},
		{"http://example.com/a", true},
		{"https://example.com/b?c=d#e", true},
		{"HTTPS://EXAMPLE.COM/", true},
		{"/path", true},
		{"login_page", true},
	}
	for _, c := range cases {
		t.Run(strconv.Quote(c.url), func(t *testing.T) {
			wp := page.NewWebPage()
			d := component.Div(component.In(wp))
			rec := attach(t, wp)
			msgs := change(wp, rec, func() { wp.Redirect = c.url })
			if c.sent {
				u, _ := json.Marshal(c.url)
				if want := `{"t":"patch","ack":0,"v":2,"redirect":` + string(u) + `}`; len(msgs) != 1 || msgs[0] != want {
					t.Errorf("got %q, want %s", msgs, want)
				}
				return
			}
			if len(msgs) != 0 {
				t.Errorf("a redirect to %q was sent: %q", c.url, msgs)
			}
			msgs = change(wp, rec, func() { d.Text = "next" })
			if len(msgs) != 1 || strings.Contains(msgs[0], "redirect") {
				t.Errorf("the refused redirect stayed pending: %q", msgs)
			}
		})
	}
	t.Run("AllowAnyRedirect", func(t *testing.T) {
		wp := page.NewWebPage()
		wp.AllowAnyRedirect = true
		component.Div(component.In(wp))
		rec := attach(t, wp)
		msgs := change(wp, rec, func() { wp.Redirect = "mailto:a@example.com" })
		if want := `{"t":"patch","ack":0,"v":2,"redirect":"mailto:a@example.com"}`; len(msgs) != 1 || msgs[0] != want {
			t.Errorf("got %q, want %s", msgs, want)
		}
	})
}

// A title set and then cleared is cleared in the browser.
func TestTitleCanBeCleared(t *testing.T) {
	wp := page.NewWebPage()
	component.Div(component.In(wp))
	rec := attach(t, wp)
	if msgs := change(wp, rec, func() { wp.Title = "Hi" }); len(msgs) != 1 || msgs[0] != `{"t":"patch","ack":0,"v":2,"title":"Hi"}` {
		t.Errorf("setting: %q", msgs)
	}
	if msgs := change(wp, rec, func() { wp.Title = "" }); len(msgs) != 1 || msgs[0] != `{"t":"patch","ack":0,"v":3,"title":""}` {
		t.Errorf("clearing: %q", msgs)
	}
	if msgs := change(wp, rec, func() {}); len(msgs) != 0 {
		t.Errorf("sent again: %q", msgs)
	}
}

// A shared page dropped after no browser showed it, and served again to
// the next visitor, takes uploads again.
func TestARevivedSharedPageTakesUploadsAgain(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	limits := upload.Limits{FileBytes: 100, TotalBytes: 1000}
	wp := page.NewWebPage()
	form := component.Form(component.In(wp))
	var content []byte
	var fileErr error
	form.On("submit", func(_ *component.Element, msg *page.Msg) error {
		f := msg.FormData[0].Files[0]
		content, fileErr = f.Content()
		if f.Err != nil {
			fileErr = f.Err
		}
		return nil
	})
	reg := page.NewRegistry(50 * time.Millisecond)
	defer reg.Close()
	reg.Serve(wp, "first")
	wp.Render(&strings.Builder{})
	deadline := time.Now().Add(5 * time.Second)
	for !wp.Expired() {
		if time.Now().After(deadline) {
			t.Fatal("the page never expired")
		}
		time.Sleep(5 * time.Millisecond)
	}
	mr, _ := multipartBody(t, "a.txt", "gone")
	if _, err := wp.Upload(mr, limits, "first"); !errors.Is(err, page.ErrUnknownPage) {
		t.Errorf("an upload to the dropped page: %v", err)
	}

	if err := reg.Serve(wp, "second"); err != nil {
		t.Fatal(err)
	}
	v, err := wp.Render(&strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	if _, err := reg.Attach(wp.ID(), "second", "", rec, v); err != nil {
		t.Fatalf("attach to the revived page: %v", err)
	}
	wp.Settle()
	mr, _ = multipartBody(t, "a.txt", "hello")
	infos, err := wp.Upload(mr, limits, "second")
	if err != nil {
		t.Fatalf("an upload to the revived page: %v", err)
	}
	m := &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: form.Ref(), Event: "submit",
		Form: []wire.FormField{{Tag: "input", Type: "file", Files: infos}}}
	if err := wp.Handle(rec, "second", "c", m); err != nil {
		t.Fatal(err)
	}
	if string(content) != "hello" || fileErr != nil {
		t.Errorf("the submit read %q, %v", content, fileErr)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("%d temporary files left", len(files))
	}
}
