package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/justgo/justgo/internal/redistest"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// stores returns the stores under test by name: memory, and two
// connections to one Redis as two instances would have.
func stores(t *testing.T) map[string][2]Store {
	t.Helper()
	m := &Memory{}
	out := map[string][2]Store{"memory": {m, m}}
	srv := redistest.Start(t)
	open := func() Store {
		r, err := OpenRedis(RedisOptions{URL: srv.URL(), Prefix: "test:", Timeout: time.Second, ConnectTimeout: 5 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { r.Close() })
		return r
	}
	out["redis"] = [2]Store{open(), open()}
	return out
}

func increment(old []byte) ([]byte, error) {
	var n int
	if old != nil {
		if err := json.Unmarshal(old, &n); err != nil {
			return nil, err
		}
	}
	return json.Marshal(n + 1)
}

// The contract both stores keep.
func TestStoreContract(t *testing.T) {
	ctx := context.Background()
	for name, pair := range stores(t) {
		t.Run(name, func(t *testing.T) {
			a, b := pair[0], pair[1]
			if v, err := a.Get(ctx, "missing"); v != nil || err != nil {
				t.Errorf("a missing value: %q, %v", v, err)
			}
			changes := make(chan string, 1000)
			cancel := b.Subscribe(func(k string) { changes <- k })
			defer cancel()
			time.Sleep(50 * time.Millisecond) // the subscription is under way

			var wg sync.WaitGroup // 8 writers on two "instances" at once: every increment counts
			for w := range 8 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					s := pair[w%2]
					for range 25 {
						if _, err := s.Update(ctx, "count", 0, increment); err != nil {
							t.Error(err)
							return
						}
					}
				}()
			}
			wg.Wait()
			if v, _ := b.Get(ctx, "count"); string(v) != "200" {
				t.Errorf("200 increments from 8 writers: %s", v)
			}
			select {
			case k := <-changes:
				if k != "count" {
					t.Errorf("change of %q", k)
				}
			case <-time.After(2 * time.Second):
				t.Error("no change notification")
			}

			boom := errors.New("no")
			if _, err := a.Update(ctx, "count", 0, func([]byte) ([]byte, error) { return nil, boom }); !errors.Is(err, boom) {
				t.Errorf("fn's error: %v", err)
			}
			if v, _ := a.Get(ctx, "count"); string(v) != "200" {
				t.Errorf("a failed update changed the value: %s", v)
			}

			if _, err := a.Update(ctx, "brief", 100*time.Millisecond, increment); err != nil {
				t.Fatal(err)
			}
			time.Sleep(250 * time.Millisecond)
			if v, _ := b.Get(ctx, "brief"); v != nil {
				t.Errorf("an expired value: %s", v)
			}
		})
	}
}

// With Redis away, operations fail within their timeout with
// ErrUnavailable and change nothing; when it is back they work again and
// subscribers are told to read everything again ("").
func TestRedisOutage(t *testing.T) {
	srv := redistest.Start(t)
	r, err := OpenRedis(RedisOptions{URL: srv.URL(), Timeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ctx := context.Background()
	changes := make(chan string, 100)
	r.Subscribe(func(k string) { changes <- k })
	if _, err := r.Update(ctx, "n", 0, increment); err != nil {
		t.Fatal(err)
	}
	select {
	case <-changes:
	case <-time.After(2 * time.Second):
		t.Fatal("no change notification")
	}
	srv.Stop()
	start := time.Now()
	if _, err := r.Update(ctx, "n", 0, increment); !errors.Is(err, ErrUnavailable) || time.Since(start) > 2*time.Second {
		t.Errorf("with Redis away: %v after %v", err, time.Since(start))
	}
	srv.Restart()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if _, err := r.Update(ctx, "n", 0, increment); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Redis came back but updates still fail")
		}
		time.Sleep(50 * time.Millisecond)
	}
	for got := ""; got != "resync"; {
		select {
		case k := <-changes:
			if k == "" {
				got = "resync"
			}
		case <-time.After(5 * time.Second):
			t.Fatal("subscribers were not told to read again after the outage")
		}
	}
}

// With no server to reach, OpenRedis gives up after its connect timeout,
// naming REDIS_URL.
func TestOpenRedisGivesUp(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	start := time.Now()
	_, err := OpenRedis(RedisOptions{URL: fmt.Sprintf("redis://127.0.0.1:%d/0", port), ConnectTimeout: time.Second, Timeout: 200 * time.Millisecond})
	if err == nil || !strings.Contains(err.Error(), "REDIS_URL") || time.Since(start) > 3*time.Second {
		t.Errorf("%v after %v", err, time.Since(start))
	}
}
