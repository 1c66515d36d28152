// Package npm fetches a browser library's files from an npm registry: the
// package's tarball at its pinned version, checked against the pinned
// integrity hash, kept in the user's cache so that fetching again needs no
// network, and unpacked into an assets folder keeping only what a browser
// needs (static.Library.Wants). It runs no npm and no package scripts.
package npm
