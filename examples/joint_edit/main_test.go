package main

import (
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestTypingShowsInEveryTab(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", jointEdit)
	srv := jptest.New(t, app)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	a.Type(a.Root().Kids[0], "written together")
	deadline := time.Now().Add(jptest.Timeout)
	for b.Root().Kids[0].Value != "written together" {
		if time.Now().After(deadline) {
			t.Fatalf("the other tab shows %q", b.Root().Kids[0].Value)
		}
		b.Sync()
	}
	b.Type(b.Root().Kids[0], ", both of us")
	a.Sync()
	if got := a.Root().Kids[0].Value; got != "written together, both of us" {
		t.Errorf("the first tab shows %q", got)
	}
}
