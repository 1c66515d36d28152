package e2e

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Several instances of an app as separate processes on one Redis, behind
// a balancer without stickiness: sessions, pages and pushed data work as on
// one instance.

var visitsRe = regexp.MustCompile(`Number of visits: (\d+)`)

// loads GETs url with client's cookie jar and returns the visit count and
// session id the page shows.
func loads(t *testing.T, client *http.Client, url string) (visits int, session string) {
	t.Helper()
	resp, err := client.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", url, resp.StatusCode, body)
	}
	m := visitsRe.FindSubmatch(body)
	s := regexp.MustCompile(`My session id: ([0-9a-f-]+)`).FindSubmatch(body)
	if m == nil || s == nil {
		t.Fatalf("no visits or session in %s", body)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n, string(s[1])
}

// sessionsAcross checks what a bare HTTP client sees through front: ten
// GETs that alternate instances count visits 1…10 in one session, and 50
// at once with the same cookie all count, each once.
func sessionsAcross(t *testing.T, front string) {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	var first string
	for i := 1; i <= 10; i++ {
		n, sid := loads(t, client, front+"/")
		if first == "" {
			first = sid
		}
		if n != i || sid != first {
			t.Fatalf("load %d shows visit %d of session %s (first %s)", i, n, sid, first)
		}
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[int]bool{}
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, _ := loads(t, client, front+"/")
			mu.Lock()
			seen[n] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	if n, _ := loads(t, client, front+"/"); len(seen) != 50 || n != 61 {
		t.Errorf("50 concurrent loads showed %d distinct counts; the next shows %d, want 61", len(seen), n)
	}
}

// Scenario 1, and one tab through a real HAProxy with balance roundrobin.
func TestScaleOutSessionsThroughBalancers(t *testing.T) {
	redis := startRedis(t)
	inst := startInstances(t, "session_store", 2, true, "REDIS_URL="+redis.URL())
	t.Run("alternating", func(t *testing.T) { sessionsAcross(t, newBalancer(t, false, inst...).URL) })
	t.Run("haproxy", func(t *testing.T) {
		front := haproxy(t, inst...)
		sessionsAcross(t, front)
		browser := newBrowser(t)
		run(t, browser, chromedp.Navigate(front), waitConnected(), waitText(visitsDiv, "Number of visits: 1"),
			click(clickBtn), waitText(clickBtn, "Number of Click Events: 1"),
			click(clickBtn), waitText(clickBtn, "Number of Click Events: 2"))
	})
}

// Scenario 2: a tab whose websocket always lands on the instance that did
// not serve its page works without a reload; a reload is the next visit.
func TestScaleOutWebsocketOnTheOtherInstance(t *testing.T) {
	redis := startRedis(t)
	inst := startInstances(t, "session_store", 2, false, "REDIS_URL="+redis.URL())
	lb := newBalancer(t, true, inst...)
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(lb.URL), waitConnected(), waitText(visitsDiv, "Number of visits: 1"),
		chromedp.Poll[chromedp.Void](`(window.marker = true)`))
	for i := 1; i <= 3; i++ {
		run(t, browser, click(clickBtn), waitText(clickBtn, fmt.Sprintf("Number of Click Events: %d", i)))
	}
	run(t, browser, waitJS(`window.marker === true`), waitText(visitsDiv, "Number of visits: 1"))
	if got := lb.upgradedTo(); len(got) == 0 {
		t.Fatal("no websocket went through the balancer")
	}
	run(t, browser, chromedp.Reload(), waitConnected(), waitJS(`window.marker === undefined`),
		waitText(visitsDiv, "Number of visits: 2"), waitText(clickBtn, "Number of Click Events: 3"))
	run(t, browser, click(clickBtn), waitText(clickBtn, "Number of Click Events: 4"))
}

// Scenario 3: message_demo on three instances, a tab on each: a message
// sent in any shows in all three within 2 s, in the same order.
func TestScaleOutMessageBoard(t *testing.T) {
	redis := startRedis(t)
	inst := startInstances(t, "message_demo", 3, false, "REDIS_URL="+redis.URL())
	browser := newBrowser(t)
	tabs := []context.Context{browser}
	for range 2 {
		ctx, cancel := newTab(t, browser)
		t.Cleanup(cancel)
		tabs = append(tabs, ctx)
	}
	for i, tab := range tabs {
		run(t, tab, chromedp.Navigate(inst[i].URL), waitConnected(), waitBodyHas("Welcome to the simple message board!"))
	}
	for i, tab := range tabs {
		text := fmt.Sprintf("message %d from instance %d", i, i)
		run(t, tab, click("textarea"), typeInto("textarea", text), click("button"),
			waitJS(`document.querySelector("textarea").value === ""`)) // sent and stored: the next is later
	}
	order := `Array.from(document.querySelectorAll("pre")).map(p => p.textContent).join("|")`
	want := "message 2 from instance 2|message 1 from instance 1|message 0 from instance 0|Welcome to the simple message board!"
	for _, tab := range tabs {
		deadline := time.Now().Add(2 * time.Second)
		for {
			got := get(t, tab, chromedp.Evaluate[string](order))
			if got == want {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("after 2 s the board reads %q, want %q", got, want)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

// Scenario 4: the instance holding a tab is killed: the tab says it is
// reconnecting, then carries on on the other instance with its session and
// counts, and the next click counts.
func TestScaleOutInstanceKilled(t *testing.T) {
	redis := startRedis(t)
	inst := startInstances(t, "session_store", 2, true, "REDIS_URL="+redis.URL())
	lb := newBalancer(t, false, inst...)
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(lb.URL), waitConnected(), click(clickBtn), waitText(clickBtn, "Number of Click Events: 1"),
		click(clickBtn), waitText(clickBtn, "Number of Click Events: 2"), chromedp.Poll[chromedp.Void](`(window.marker = true)`))
	page := get(t, browser, chromedp.Evaluate[string](`document.getElementById("jp-root").getAttribute("data-jp-page")`))
	lb.mu.Lock()
	holder := lb.servedBy[page]
	lb.mu.Unlock()
	inst[holder].kill()
	run(t, browser, waitJS(`document.getElementById("jp-root").getAttribute("data-jp-state") === "reconnecting"`))
	run(t, browser, waitConnected(), waitJS(`window.marker === true`), waitText(clickBtn, "Number of Click Events: 2"),
		waitText(visitsDiv, "Number of visits: 1"))
	run(t, browser, click(clickBtn), waitText(clickBtn, "Number of Click Events: 3"))
}

// Scenario 5: Redis away for a moment: a click shows an error and counts
// nothing, a load gets 503; once it is back the next click counts.
func TestScaleOutRedisAway(t *testing.T) {
	redis := startRedis(t)
	inst := startInstances(t, "session_store", 2, true, "REDIS_URL="+redis.URL(), "STORE_TIMEOUT=1")
	lb := newBalancer(t, false, inst...)
	browser := newBrowser(t)
	run(t, browser, chromedp.Navigate(lb.URL), waitConnected(), click(clickBtn), waitText(clickBtn, "Number of Click Events: 1"))
	redis.Stop()
	run(t, browser, click(clickBtn), waitJS(`(() => { const e = document.getElementById("jp-error"); return !!e && e.textContent.length > 0 })()`),
		waitText(clickBtn, "Number of Click Events: 1"))
	for i := range 2 { // both instances say so
		resp, err := http.Get(lb.URL + "/")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "unavailable") {
			t.Errorf("load %d during the outage: %d %s", i, resp.StatusCode, body)
		}
	}
	time.Sleep(2 * time.Second)
	redis.Restart()
	run(t, browser, click(clickBtn), waitText(clickBtn, "Number of Click Events: 2"))
}

// Scenario 6: Redis absent at start: the instance gives up after
// REDIS_CONNECT_TIMEOUT, exits non-zero, and says REDIS_URL.
func TestScaleOutRedisAbsentAtStart(t *testing.T) {
	port := freePort(t)
	cmd := exec.Command(build(t, "session_store"))
	cmd.Dir = t.TempDir()
	cmd.Env = append(cmd.Environ(), "HOST=127.0.0.1", fmt.Sprintf("PORT=%d", freePort(t)),
		fmt.Sprintf("REDIS_URL=redis://127.0.0.1:%d/0", port), "REDIS_CONNECT_TIMEOUT=2",
		"SECRET_KEY=one key every instance of the test shares")
	start := time.Now()
	out, err := cmd.CombinedOutput()
	took := time.Since(start)
	if err == nil || took > 5*time.Second || !strings.Contains(string(out), "REDIS_URL") {
		t.Errorf("exit %v after %v, output:\n%s", err, took, out)
	}
}
