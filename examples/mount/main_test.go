package main

import (
	"io"
	"net/http"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestMountedPage(t *testing.T) {
	app := jp.NewApp()
	srv := jptest.New(t, routes(app))
	t.Cleanup(app.Close)
	p := srv.Open("/app/")
	p.Click(p.ByText("Number of Click Events"))
	p.ShouldSee("Number of Click Events: 1")
	resp, err := http.Get(srv.URL() + "/health")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if body, _ := io.ReadAll(resp.Body); string(body) != "ok" {
		t.Errorf("/health: %q", body)
	}
}
