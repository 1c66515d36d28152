package jp_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// TestRequestDetails is JustPy's request object: path and query
// parameters, headers, cookies, the client's address and the URL.
func TestRequestDetails(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "GET /item/{id}/{rest...}", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		params := r.PathParams()
		jp.Div(jp.Textf("id=%s rest=%s n=%d", params["id"], params["rest"], len(params)), jp.In(wp))
		jp.Div(jp.Textf("q=%s", r.QueryParams.Get("q")), jp.In(wp))
		jp.Div(jp.Textf("agent=%s", r.Header.Get("user-agent")), jp.In(wp))
		jp.Div(jp.Textf("client=%s port?%v", r.Client.Host, r.Client.Port != ""), jp.In(wp))
		u := r.FullURL()
		jp.Div(jp.Textf("url=%s://%s%s?%s", u.Scheme, "HOST", u.Path, u.RawQuery), jp.In(wp))
		jp.Div(jp.Textf("cookies=%d", len(r.CookieValues())), jp.In(wp))
		return wp
	})
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		jp.Div(jp.Textf("default n=%d", len(r.PathParams())), jp.In(wp))
		return wp
	})
	p := jptest.New(t, app).Open("/item/7/a/b?q=x+y")
	p.ShouldSee("id=7 rest=a/b n=2")
	p.ShouldSee("q=x y")
	p.ShouldSee("agent=Go-http-client")
	p.ShouldSee("client=127.0.0.1 port?true")
	p.ShouldSee("url=http://HOST/item/7/a/b?q=x+y")
	p.ShouldSee("cookies=0")                          // a first visit
	p.User().Open("/item/1/x").ShouldSee("cookies=1") // the session cookie
	jptest.New(t, app).Open("/elsewhere").ShouldSee("default n=0")
}

func TestRequestCookiesAndFullURL(t *testing.T) {
	var got string
	app := jp.NewApp()
	jp.Route(app, "/{$}", func(r *jp.Request) *jp.WebPage {
		got = fmt.Sprint(r.CookieValues(), " ", r.FullURL(), " ", r.Client, " ", len(r.PathParams()))
		return jp.NewWebPage()
	})
	req := httptest.NewRequest("GET", "https://example.com/?a=1", nil)
	req.RemoteAddr = "[::1]:4242"
	req.AddCookie(&http.Cookie{Name: "theme", Value: "dark"})
	req.AddCookie(&http.Cookie{Name: "theme", Value: "light"})
	app.ServeHTTP(httptest.NewRecorder(), req)
	if want := "map[theme:dark] https://example.com/?a=1 [::1]:4242 0"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
