package e2e

import (
	"io"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

const mountButton = `#jp-root > button`

// clickThrough loads the page at pageURL, clicks twice, and checks that the
// client fetched its script and opened its websocket under wantBase.
func clickThrough(t *testing.T, pageURL, wantBase string) {
	t.Helper()
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(pageURL), waitConnected(), waitText(mountButton, "Number of Click Events: 0"),
		click(mountButton), click(mountButton), waitText(mountButton, "Number of Click Events: 2"))
	urls := get(t, browser, chromedp.Evaluate[[]string](`performance.getEntriesByType("resource").map(e => new URL(e.name).pathname)`))
	var script bool
	for _, u := range urls {
		script = script || u == wantBase+"_jp/client.js"
	}
	if !script {
		t.Errorf("client not loaded from %s: %v", wantBase, urls)
	}
	if base := get(t, browser, chromedp.Evaluate[string](`document.getElementById("jp-root").dataset.jpBase`)); base != wantBase {
		t.Errorf("base %q, want %q", base, wantBase)
	}
}

// The mount example: JustGo under /app/ beside a plain handler.
func TestMountUnderPrefix(t *testing.T) {
	srv := startExample(t, "mount")
	resp := httpGet(t, srv.URL+"/health")
	body, _ := io.ReadAll(resp.Body)
	if string(body) != "ok" {
		t.Fatalf("/health says %q", body)
	}
	clickThrough(t, srv.URL+"/app/", "/app/")
}

// Behind a reverse proxy that strips its own prefix (/ext) and says so in
// X-Forwarded-Prefix, every URL the page uses stays under /ext/app/.
func TestMountBehindPrefixStrippingProxy(t *testing.T) {
	srv := startExample(t, "mount")
	backend, _ := url.Parse(srv.URL)
	proxy := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(backend)
		r.Out.URL.Path = strings.TrimPrefix(r.In.URL.Path, "/ext")
		r.Out.URL.RawPath = ""
		r.Out.Host = r.In.Host // keep the browser's host, as proxies in front of an app do
		r.Out.Header.Set("X-Forwarded-Prefix", "/ext")
	}}
	front := httptest.NewServer(proxy)
	defer front.Close()
	clickThrough(t, front.URL+"/ext/app/", "/ext/app/")
}
