package jp_test

import (
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"testing"

	jp "github.com/justgo/justgo"
)

// A page load in process: a new session's request for the session
// example's page, from the page function to the document written.
func BenchmarkPageLoad(b *testing.B) {
	app := jp.NewApp(jp.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	visits := 0
	jp.Route(app, "/", func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		visits++
		jp.Div(jp.Text("My session id: "+r.SessionID), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
		jp.Div(jp.Text(fmt.Sprintf("Number of visits: %d", visits)), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
		btn := jp.Button(jp.Text("Number of Click Events: 0"), jp.Classes("m-1 bg-blue-500 text-white"), jp.In(wp))
		btn.On("click", func(*jp.Element, *jp.Msg) error { return nil })
		return wp
	})
	b.Cleanup(func() { app.Close() })
	req := httptest.NewRequest("GET", "/", nil)
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		app.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
