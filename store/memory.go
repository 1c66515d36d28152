package store

import (
	"context"
	"slices"
	"sync"
	"time"
)

// Memory is a Store in this process's memory: the default, for one
// instance. The zero value is ready to use.
type Memory struct {
	mu     sync.Mutex
	values map[string]entry
	subs   map[*func(string)]bool
}

type entry struct {
	value   []byte
	expires time.Time // zero: never
}

var _ Store = (*Memory)(nil)

// Get returns the value under key, or nil.
func (m *Memory) Get(_ context.Context, key string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.liveLocked(key).value), nil
}

func (m *Memory) liveLocked(key string) entry {
	e := m.values[key]
	if !e.expires.IsZero() && time.Now().After(e.expires) {
		delete(m.values, key)
		return entry{}
	}
	return e
}

// Update stores what fn returns for the value under key, under the lock:
// nothing else writes meanwhile.
func (m *Memory) Update(_ context.Context, key string, ttl time.Duration, fn func([]byte) ([]byte, error)) ([]byte, error) {
	m.mu.Lock()
	next, err := fn(slices.Clone(m.liveLocked(key).value))
	if err != nil {
		m.mu.Unlock()
		return nil, err
	}
	e := entry{value: slices.Clone(next)}
	if ttl > 0 {
		e.expires = time.Now().Add(ttl)
	}
	if m.values == nil {
		m.values = map[string]entry{}
	}
	m.values[key] = e
	subs := make([]func(string), 0, len(m.subs))
	for s := range m.subs {
		subs = append(subs, *s)
	}
	m.mu.Unlock()
	for _, s := range subs {
		s(key)
	}
	return next, nil
}

// Subscribe calls changed for every update from now on.
func (m *Memory) Subscribe(changed func(string)) (cancel func()) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.subs == nil {
		m.subs = map[*func(string)]bool{}
	}
	p := &changed
	m.subs[p] = true
	return func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		delete(m.subs, p)
	}
}

// Close does nothing: memory needs no releasing.
func (m *Memory) Close() error { return nil }
