package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/store"
)

// ErrNotConnected is what a Storage answers before Connect, when its
// store is Redis.
var ErrNotConnected = fmt.Errorf("%w: the store is not connected yet", store.ErrUnavailable)

// Storage is an App's typed values over a store.
type Storage struct {
	sessionTTL time.Duration // a session value expires that long after its last write
	timeout    time.Duration // bounds each operation

	mu       sync.Mutex
	st       store.Store // nil until connected
	cancel   func()      // the subscription
	watchers map[string]map[*watcher]bool
}

type watcher struct {
	wp     *page.WebPage
	reload func() // reads the value and runs the watcher's function, in the page
}

// New returns a Storage over st (nil: connect later with Use); session
// values expire sessionTTL after their last write (COOKIE_MAX_AGE), each
// operation waits at most timeout.
func New(st store.Store, sessionTTL, timeout time.Duration) *Storage {
	s := &Storage{sessionTTL: sessionTTL, timeout: timeout, watchers: map[string]map[*watcher]bool{}}
	if st != nil {
		s.Use(st)
	}
	return s
}

// Use makes st the store, and subscribes to its changes.
func (s *Storage) Use(st store.Store) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		s.cancel()
	}
	s.st = st
	s.cancel = st.Subscribe(s.changed)
}

// Close ends the subscription and closes the store.
func (s *Storage) Close() error {
	s.mu.Lock()
	st, cancel := s.st, s.cancel
	s.st, s.cancel = nil, nil
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	if st != nil {
		return st.Close()
	}
	return nil
}

func (s *Storage) store() (store.Store, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.st == nil {
		return nil, ErrNotConnected
	}
	return s.st, nil
}

// changed runs the watchers of key, or of every key for "" (notifications
// may have been lost).
func (s *Storage) changed(key string) {
	s.mu.Lock()
	var list []*watcher
	for k, ws := range s.watchers {
		if key == "" || k == key {
			for w := range ws {
				list = append(list, w)
			}
		}
	}
	s.mu.Unlock()
	for _, w := range list {
		w.wp.Do(w.reload) // in the page's mailbox, never on the caller's stack
	}
}

func (s *Storage) watch(key string, w *watcher) {
	s.mu.Lock()
	if s.watchers[key] == nil {
		s.watchers[key] = map[*watcher]bool{}
	}
	s.watchers[key][w] = true
	s.mu.Unlock()
	context.AfterFunc(w.wp.Context(), func() { // the page went: so does its watcher
		s.mu.Lock()
		delete(s.watchers[key], w)
		if len(s.watchers[key]) == 0 {
			delete(s.watchers, key)
		}
		s.mu.Unlock()
	})
}

// Watchers is how many pages watch app-wide values now.
func (s *Storage) Watchers() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, ws := range s.watchers {
		n += len(ws)
	}
	return n
}

func get[T any](s *Storage, key string) (T, error) {
	var v T
	st, err := s.store()
	if err != nil {
		return v, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.timeout)
	defer cancel()
	b, err := st.Get(ctx, key)
	if err != nil || b == nil {
		return v, err
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return v, fmt.Errorf("storage: %s: %w", key, err)
	}
	return v, nil
}

func update[T any](s *Storage, key string, ttl time.Duration, fn func(T) T) (T, error) {
	var out T
	st, err := s.store()
	if err != nil {
		return out, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), s.timeout)
	defer cancel()
	_, err = st.Update(ctx, key, ttl, func(old []byte) ([]byte, error) {
		var v T
		if old != nil {
			if err := json.Unmarshal(old, &v); err != nil {
				return nil, fmt.Errorf("storage: %s: %w", key, err)
			}
		}
		out = fn(v)
		return json.Marshal(out)
	})
	if err != nil {
		var zero T
		return zero, err
	}
	return out, nil
}

// SessionValue is a typed value kept per session.
type SessionValue[T any] struct {
	s   *Storage
	key string
}

// Session returns the per-session value named key.
func Session[T any](s *Storage, key string) SessionValue[T] { return SessionValue[T]{s, key} }

func (v SessionValue[T]) keyFor(sessionID string) (string, error) {
	if sessionID == "" {
		return "", errors.New("storage: a session value needs a session (SESSIONS is off)")
	}
	return "session:" + sessionID + ":" + v.key, nil
}

// Get returns the session's value, the zero T when it has none.
func (v SessionValue[T]) Get(sessionID string) (T, error) {
	key, err := v.keyFor(sessionID)
	if err != nil {
		var zero T
		return zero, err
	}
	return get[T](v.s, key)
}

// Update stores fn's result for the session's value, atomically across
// instances (fn may run more than once, and must not call the storage),
// and returns it. It keeps the value for the session's cookie life from
// now.
func (v SessionValue[T]) Update(sessionID string, fn func(T) T) (T, error) {
	key, err := v.keyFor(sessionID)
	if err != nil {
		var zero T
		return zero, err
	}
	return update(v.s, key, v.s.sessionTTL, fn)
}

// Set stores x as the session's value.
func (v SessionValue[T]) Set(sessionID string, x T) error {
	_, err := v.Update(sessionID, func(T) T { return x })
	return err
}

// AppValue is a typed value kept once for the App, shared by its
// sessions (and instances, on Redis).
type AppValue[T any] struct {
	s   *Storage
	key string
}

// App returns the app-wide value named key.
func App[T any](s *Storage, key string) AppValue[T] { return AppValue[T]{s, "app:" + key} }

// Get returns the value, the zero T when there is none.
func (v AppValue[T]) Get() (T, error) { return get[T](v.s, v.key) }

// Update stores fn's result, atomically across instances (fn may run more
// than once, and must not call the storage), and returns it; every page
// that watches the value, on every instance, is told.
func (v AppValue[T]) Update(fn func(T) T) (T, error) { return update(v.s, v.key, 0, fn) }

// Set stores x.
func (v AppValue[T]) Set(x T) error {
	_, err := v.Update(func(T) T { return x })
	return err
}

// Watch runs fn in wp's mailbox with the value each time it changes, on
// any instance, until the page goes (and once more after a lost
// notification): the page shows the change and only it travels. A read
// that fails leaves the page as it is.
func (v AppValue[T]) Watch(wp *page.WebPage, fn func(T)) {
	v.s.watch(v.key, &watcher{wp: wp, reload: func() {
		if x, err := v.Get(); err == nil {
			fn(x)
		}
	}})
}
