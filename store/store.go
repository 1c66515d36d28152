// Package store keeps values that outlive a page and are shared by every
// instance of an app: per-session values (what NiceGUI calls
// app.storage.user) and app-wide ones (app.storage.general), JSON-encoded,
// with an atomic read-modify-write and change notifications. Memory serves
// one process; Redis (REDIS_URL) serves several.
//
// # Concurrency
//
// A Store is safe for concurrent use. Update is atomic across processes:
// two instances incrementing one value at once both count.
package store

import (
	"context"
	"errors"
	"time"
)

// ErrUnavailable wraps what a Store answers when its server cannot be
// reached: the caller shows that the store is away, and nothing was
// half-applied.
var ErrUnavailable = errors.New("store: unavailable")

// A Store keeps values by key.
type Store interface {
	// Get returns the value under key, or nil when there is none.
	Get(ctx context.Context, key string) ([]byte, error)
	// Update stores what fn returns for the value under key (nil when
	// there is none), atomically: when another writer changed the value
	// meanwhile, fn runs again on the new one. ttl, when not zero, makes
	// the value expire that long after its last update. It returns the
	// value stored. An error from fn stores nothing and is returned. fn
	// must not call the store (Memory runs it under its lock).
	Update(ctx context.Context, key string, ttl time.Duration, fn func(old []byte) ([]byte, error)) ([]byte, error)
	// Subscribe calls changed with the key of every value updated from now
	// on, by any process, and with "" when notifications may have been
	// lost (the connection to the server dropped): then every value shown
	// should be read again. It returns what ends the subscription.
	Subscribe(changed func(key string)) (cancel func())
	// Close releases the store's connections.
	Close() error
}

// maxRetries bounds Update's rounds when writers keep racing.
const maxRetries = 100

// errConflict is a round of Update that lost the race.
var errConflict = errors.New("store: changed meanwhile")
