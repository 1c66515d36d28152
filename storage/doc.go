// Package storage keeps typed values for an App: per session (what
// NiceGUI calls app.storage.user) and app-wide (app.storage.general),
// JSON-encoded in a store.Store — memory for one instance, Redis
// (REDIS_URL) for several, which then share them. Update is an atomic
// read-modify-write across instances: two incrementing at once both
// count. An app-wide value's watchers are the pages that show it: a change
// made by any instance runs each watcher's function in its page's
// mailbox, so that only the change travels to its browsers; after a lost
// notification every watcher reads its value again.
//
// Errors are loud: when the store is away, calls fail within STORE_TIMEOUT
// with an error wrapping store.ErrUnavailable, and nothing is
// half-applied.
package storage
