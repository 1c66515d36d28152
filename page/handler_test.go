package page_test

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

func TestPageHandlersWithOrWithoutAnError(t *testing.T) {
	wp := page.NewWebPage()
	d := component.Div(component.In(wp))
	wp.On("page_ready", func(wp *page.WebPage, msg *page.Msg) { d.Text = "ready " + msg.EventType })
	var named page.PageHandler = func(*page.WebPage, *page.Msg) error { d.Text = "visible"; return nil }
	wp.On(wire.EventVisibilityChange, named)
	if got := strings.Join(wp.Events(), " "); got != "page_ready visibilitychange" {
		t.Fatalf("events %q", got)
	}
	rec := attach(t, wp)
	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: wire.RootID, Event: wire.EventPageReady}); err != nil {
		t.Fatal(err)
	}
	if d.Text != "ready page_ready" {
		t.Errorf("the handler without an error did not run: %q", d.Text)
	}
	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeEvent, ID: wire.RootID, Event: wire.EventVisibilityChange}); err != nil || d.Text != "visible" {
		t.Errorf("a PageHandler: %v, %q", err, d.Text)
	}
}

func TestPageOnRefusesOtherFuncs(t *testing.T) {
	for name, h := range map[string]any{
		"wrong shape": func(*page.Msg) error { return nil },
		"nil":         nil,
		"typed nil":   (func(*page.WebPage, *page.Msg))(nil),
	} {
		func() {
			defer func() {
				if p := recover(); p == nil || !strings.Contains(p.(string), "page: On") {
					t.Errorf("%s: recovered %v", name, p)
				}
			}()
			page.NewWebPage().On("page_ready", h)
		}()
	}
}
