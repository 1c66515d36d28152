// Package catalogtest serves a catalog.Example to a jptest test, with the
// default configuration, for the length of the test.
package catalogtest

import (
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/jptest"
)

// Serve serves e's App with cfg, or jp.DefaultConfig() when none is given.
func Serve(t testing.TB, e catalog.Example, cfg ...jp.Config) *jptest.Server {
	t.Helper()
	c := jp.DefaultConfig()
	if len(cfg) > 0 {
		c = cfg[0]
	}
	return jptest.New(t, e.App(c))
}

// Open serves e and opens its first path (Example.Start).
func Open(t testing.TB, e catalog.Example) *jptest.Page {
	t.Helper()
	return Serve(t, e).Open(e.Start())
}
