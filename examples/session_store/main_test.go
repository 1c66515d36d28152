package main

import (
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/redistest"
	"github.com/justgo/justgo/jptest"
	"github.com/justgo/justgo/store"
)

// The seed's behaviour, on the storage: visits and clicks per session.
func TestSessionStore(t *testing.T) {
	s := jptest.New(t, newApp(jp.DefaultConfig()))
	p := s.Open("/")
	p.ShouldSee("Number of visits: 1")
	b := p.ByRole("button", "Number of Click Events: 0")
	p.Click(b)
	p.Click(b)
	p.ShouldSee("Number of Click Events: 2")
	q := p.User().Open("/")
	q.ShouldSee("Number of visits: 2")
	q.ShouldSee("Number of Click Events: 2")
	if other := s.NewUser().Open("/"); !strings.Contains(other.Text(), "Number of visits: 1") {
		t.Errorf("another session: %s", other.Text())
	}
}

var visits = regexp.MustCompile(`Number of visits: (\d+)`)

// Two instances on one Redis, every request going to the other one: ten
// loads count 1…10 for one session, and 50 at once end at 50.
func TestTwoInstancesShareSessions(t *testing.T) {
	redis := redistest.Start(t)
	cfg := jp.DefaultConfig()
	cfg.SecretKey = "a key both instances share"
	var servers []*httptest.Server
	for range 2 {
		st, err := store.OpenRedis(store.RedisOptions{URL: redis.URL(), Prefix: "t:", Timeout: time.Second, ConnectTimeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		srv := httptest.NewServer(newApp(cfg, jp.WithStore(st)))
		t.Cleanup(srv.Close)
		servers = append(servers, srv)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar}
	get := func(i int) string {
		t.Helper()
		// One cookie for both: the jar keys cookies by host, and both are 127.0.0.1.
		resp, err := client.Get(servers[i%2].URL + "/")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var b strings.Builder
		buf := make([]byte, 4096)
		for {
			n, err := resp.Body.Read(buf)
			b.Write(buf[:n])
			if err != nil {
				break
			}
		}
		if resp.StatusCode != 200 {
			t.Fatalf("status %d: %s", resp.StatusCode, b.String())
		}
		return b.String()
	}
	for i := 1; i <= 10; i++ {
		if m := visits.FindStringSubmatch(get(i)); m == nil || m[1] != strconv.Itoa(i) {
			t.Fatalf("load %d shows %v", i, m)
		}
	}
	var wg sync.WaitGroup
	for i := range 50 {
		wg.Add(1)
		go func() { defer wg.Done(); get(i) }()
	}
	wg.Wait()
	if m := visits.FindStringSubmatch(get(0)); m == nil || m[1] != "61" {
		t.Errorf("after 50 concurrent loads: %v, want 61", m)
	}
}
