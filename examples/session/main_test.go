package main

import (
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestSessionTest(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", sessionTest)
	srv := jptest.New(t, app)

	p := srv.Open("/")
	p.ShouldSee("Number of visits: 1")
	p.ShouldSee("Number of Click Events: 0")
	id := strings.TrimPrefix(p.ByText("My session id").Text, "My session id: ")
	for range 3 {
		p.Click(p.ByText("Number of Click Events"))
	}
	p.ShouldSee("Number of Click Events: 3")

	again := srv.Open("/") // a reload or another tab: the same session
	again.ShouldSee("My session id: " + id)
	again.ShouldSee("Number of visits: 2")
	again.ShouldSee("Number of Click Events: 3")
	p.Click(p.ByText("Number of Click Events")) // the first tab is told of the second visit
	p.ShouldSee("Number of visits: 2")
	p.ShouldSee("Number of Click Events: 4")

	other := srv.NewUser().Open("/") // another browser: another session
	other.ShouldSee("Number of visits: 1")
	other.ShouldSee("Number of Click Events: 0")
	other.ShouldNotSee(id)
}
