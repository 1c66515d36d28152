package jp_test

import (
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/storage"
	"github.com/justgo/justgo/store"
)

// With REDIS_URL and no Redis there, start-up gives up after
// REDIS_CONNECT_TIMEOUT with an error naming REDIS_URL, never serving from
// memory; with the default SECRET_KEY it refuses at once.
func TestServeNeedsItsRedis(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	dead := ln.Addr().String()
	ln.Close()
	cfg := jp.DefaultConfig()
	cfg.RedisURL = "redis://" + dead + "/0"
	cfg.RedisConnectTimeout = time.Second
	cfg.StoreTimeout = 200 * time.Millisecond
	for _, c := range []struct {
		key, want string
	}{{jp.DefaultConfig().SecretKey, "SECRET_KEY"}, {"our own key", "REDIS_URL"}} {
		cfg.SecretKey = c.key
		app := jp.NewApp(jp.WithConfig(cfg))
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		err = app.Serve(context.Background(), l)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("key %q: %v", c.key, err)
		}
		if d := time.Since(start); d > 4*time.Second {
			t.Errorf("gave up after %v", d)
		}
	}
}

// A page function whose storage is away answers 503 with a short page.
func TestStoreAwayIs503(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.RedisURL = "redis://127.0.0.1:1/0" // never connected: Serve is not called
	app := jp.NewApp(jp.WithConfig(cfg))
	n := storage.Session[int](app.Storage(), "n")
	jp.Route(app, "/", func(r *jp.Request) (*jp.WebPage, error) {
		if _, err := n.Update(r.SessionID, func(n int) int { return n + 1 }); err != nil {
			return nil, fmt.Errorf("counting: %w", err)
		}
		return jp.NewWebPage(), nil
	})
	b := newBrowser(t, serve(t, app))
	resp, body := b.get("/")
	if resp.StatusCode != 503 || !strings.Contains(body, "storage is unavailable") || resp.Header.Get("Retry-After") == "" {
		t.Errorf("%d %q %v", resp.StatusCode, body, resp.Header)
	}
}

// WithStore: two Apps on one store share a session's values, as two
// instances on one Redis do.
func TestWithStoreShares(t *testing.T) {
	m := &store.Memory{}
	a, b := jp.NewApp(jp.WithStore(m)), jp.NewApp(jp.WithStore(m))
	if _, err := storage.Session[int](a.Storage(), "n").Update("s", func(n int) int { return n + 5 }); err != nil {
		t.Fatal(err)
	}
	if n, _ := storage.Session[int](b.Storage(), "n").Get("s"); n != 5 {
		t.Errorf("the other App reads %d", n)
	}
}
