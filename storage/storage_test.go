package storage_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/redistest"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/storage"
	"github.com/justgo/justgo/store"
)

// backends are two Storages as two instances would have them: on one
// Memory, and on one Redis.
func backends(t *testing.T) map[string][2]*storage.Storage {
	m := &store.Memory{}
	out := map[string][2]*storage.Storage{"memory": {storage.New(m, time.Hour, time.Second), storage.New(m, time.Hour, time.Second)}}
	srv := redistest.Start(t)
	var pair [2]*storage.Storage
	for i := range pair {
		r, err := store.OpenRedis(store.RedisOptions{URL: srv.URL(), Prefix: "t:", Timeout: time.Second, ConnectTimeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		pair[i] = storage.New(r, time.Hour, time.Second)
		t.Cleanup(func() { pair[i].Close() })
	}
	out["redis"] = pair
	return out
}

// Typed values per session and app-wide, counted by two instances at once.
func TestValues(t *testing.T) {
	for name, pair := range backends(t) {
		t.Run(name, func(t *testing.T) {
			a, b := storage.Session[int](pair[0], "n"), storage.Session[int](pair[1], "n")
			var wg sync.WaitGroup
			for i := range 40 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					v := a
					if i%2 == 1 {
						v = b
					}
					if _, err := v.Update("s1", func(n int) int { return n + 1 }); err != nil {
						t.Error(err)
					}
				}()
			}
			wg.Wait()
			if n, err := b.Get("s1"); n != 40 || err != nil {
				t.Errorf("s1: %d %v", n, err)
			}
			if n, _ := a.Get("s2"); n != 0 {
				t.Errorf("another session: %d", n)
			}
			if _, err := a.Get(""); err == nil {
				t.Error("a session value without a session")
			}
			list := storage.App[[]string](pair[0], "list")
			if err := list.Set([]string{"a"}); err != nil {
				t.Fatal(err)
			}
			got, err := storage.App[[]string](pair[1], "list").Update(func(l []string) []string { return append(l, "b") })
			if strings.Join(got, ",") != "a,b" || err != nil {
				t.Errorf("list %v %v", got, err)
			}
			if _, err := storage.App[int](pair[0], "list").Get(); err == nil {
				t.Error("a list read as an int")
			}
		})
	}
}

// An app-wide value changed on either instance re-renders, in its mailbox,
// every page that watches it, on both; a page that goes stops watching.
func TestWatchReachesEveryInstance(t *testing.T) {
	for name, pair := range backends(t) {
		t.Run(name, func(t *testing.T) {
			reg := page.NewRegistry(time.Minute)
			t.Cleanup(reg.Close)
			var pages []*page.WebPage
			var texts []*component.Element
			for i := range 100 {
				wp := page.NewWebPage()
				d := component.Div(component.In(wp))
				reg.Serve(wp, "s")
				storage.App[string](pair[i%2], "motd").Watch(wp, func(s string) { d.Text = s })
				pages, texts = append(pages, wp), append(texts, d)
			}
			if err := storage.App[string](pair[1], "motd").Set("hello"); err != nil {
				t.Fatal(err)
			}
			deadline := time.Now().Add(5 * time.Second)
			for i, wp := range pages {
				for {
					var got string
					wp.DoWait(func() { got = texts[i].Text })
					if got == "hello" {
						break
					}
					if time.Now().After(deadline) {
						t.Fatalf("page %d shows %q", i, got)
					}
					time.Sleep(10 * time.Millisecond)
				}
			}
			n := pair[0].Watchers() + pair[1].Watchers()
			reg.Close() // every page goes
			for deadline := time.Now().Add(2 * time.Second); pair[0].Watchers()+pair[1].Watchers() > 0; time.Sleep(10 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("%d of %d watchers left after their pages went", pair[0].Watchers()+pair[1].Watchers(), n)
				}
			}
		})
	}
}

// With Redis away, calls fail within the timeout with ErrUnavailable and
// nothing is half-applied; when it is back they work again, and the
// watchers read their values again.
func TestRedisAway(t *testing.T) {
	srv := redistest.Start(t)
	r, err := store.OpenRedis(store.RedisOptions{URL: srv.URL(), Timeout: 300 * time.Millisecond, ConnectTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	s := storage.New(r, time.Hour, 300*time.Millisecond)
	t.Cleanup(func() { s.Close() })
	v := storage.Session[int](s, "n")
	if _, err := v.Update("s", func(n int) int { return n + 1 }); err != nil {
		t.Fatal(err)
	}
	// A page that shows an app-wide value.
	reg := page.NewRegistry(time.Minute)
	t.Cleanup(reg.Close)
	wp := page.NewWebPage()
	d := component.Div(component.In(wp))
	reg.Serve(wp, "s")
	motd := storage.App[string](s, "motd")
	motd.Watch(wp, func(x string) { d.Text = x })
	shows := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			var got string
			wp.DoWait(func() { got = d.Text })
			if got == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("the page shows %q, want %q", got, want)
			}
		}
	}
	if err := motd.Set("before"); err != nil {
		t.Fatal(err)
	}
	shows("before")
	srv.Stop()
	start := time.Now()
	if _, err := v.Update("s", func(n int) int { return n + 1 }); !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("with Redis away: %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("the failure took %v", d)
	}
	srv.RestartEmpty()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if _, err := v.Update("s", func(n int) int { return n + 1 }); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatalf("Redis back, still %v", err)
		}
	}
	// The subscription was lost: the page read its value again (the
	// restarted Redis has none).
	shows("")
	if _, err := storage.App[int](storage.New(nil, time.Hour, time.Second), "x").Get(); !errors.Is(err, storage.ErrNotConnected) {
		t.Errorf("before Use: %v", err)
	}
}
