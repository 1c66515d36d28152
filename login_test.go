package jp_test

import (
	"strings"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
)

// formApp is the login example's mechanism: a parsed form, a value read on
// click, Update mid-handler, a pause, then a redirect.
func formApp(t *testing.T, pause time.Duration) *jp.App {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.DisplayURL = "login_page"
		form := jp.ParseHTML(`<div><input name="password" type="password"><button name="go">Sign In</button></div>`, jp.In(wp))
		status := jp.Div(jp.Text("Session goes here"), jp.In(wp))
		form.NameDict["go"].On("click", func(self *jp.Element, msg *jp.Msg) error {
			if form.NameDict["password"].Value != "password" {
				status.Text = "saw " + form.NameDict["password"].Value
				return nil
			}
			wp.DeleteComponents()
			wp.DisplayURL = "login_successful"
			jp.Div(jp.Text("Login successful"), jp.In(wp))
			wp.Update()
			time.Sleep(pause)
			wp.Redirect = "/login_test"
			return nil
		})
		return wp
	})
	return app
}

func TestTypingThenClickingAtOnceSeesTheValue(t *testing.T) {
	srv := serve(t, formApp(t, 0))
	page := newBrowser(t, srv).load("/")
	if !strings.Contains(page.body, `data-jp-url="login_page"`) {
		t.Errorf("display_url is not in the first paint")
	}
	ws := page.connect()
	input, btn := page.idByName("password"), page.idByName("go")
	typed := ""
	for _, ch := range "a 50-character string typed at full speed, no wait" {
		typed += string(ch)
		ws.value(input, typed)
	}
	ws.event(btn, "click")
	if p := ws.recvPatch(); len(p.Ops) == 0 || !strings.Contains(*p.Ops[len(p.Ops)-1].Text, "saw "+typed) {
		t.Errorf("the click did not see every character: %+v", p.Ops)
	}
}

func TestUpdateMidHandlerThenRedirect(t *testing.T) {
	srv := serve(t, formApp(t, 300*time.Millisecond))
	b := newBrowser(t, srv)
	page := b.load("/")
	ws := page.connect()
	ws.value(page.idByName("password"), "password")
	start := time.Now()
	ws.event(page.idByName("go"), "click")

	first := ws.recvPatch()
	if first.URL != "login_successful" || len(first.Ops) != 1 || first.Ops[0].ID != "" || first.Redirect != "" {
		t.Fatalf("Update sent %+v", first)
	}
	kids := *first.Ops[0].Kids
	if len(kids) != 1 || kids[0].Node == nil || kids[0].Node.Text != "Login successful" {
		t.Fatalf("new page content %+v", kids)
	}

	// Meanwhile another person's page is served and answers at once.
	other := newBrowser(t, srv).load("/")
	ows := other.connect()
	ows.event(other.idByName("go"), "click")
	if p := ows.recvPatch(); len(p.Ops) == 0 {
		t.Error("the other page did not answer")
	}
	if time.Since(start) >= 300*time.Millisecond {
		t.Error("the other page waited for the blocked handler")
	}

	second := ws.recvPatch()
	if second.Redirect != "/login_test" {
		t.Errorf("then %+v", second)
	}
	if waited := time.Since(start); waited < 300*time.Millisecond {
		t.Errorf("redirect after %v, before the pause ended", waited)
	}
}

// A page function that sets Redirect answers with an HTTP redirect.
func TestRedirectAtLoad(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		wp.Redirect = "/elsewhere"
		return wp
	})
	resp, _ := newBrowser(t, serve(t, app)).get("/")
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/elsewhere" {
		t.Errorf("%d %s", resp.StatusCode, resp.Header.Get("Location"))
	}
}
