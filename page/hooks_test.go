package page_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

func TestBeforeAndAfterHooks(t *testing.T) {
	// JustPy's after_demo: the click shows a notification, the after hook
	// hides it again without an update, so the next update hides it.
	wp := page.NewWebPage()
	var order []string
	note := component.Div(component.Text("Note"), component.Show(false))
	b := component.Button(component.In(wp))
	b.On("before", func(_ *component.Element, msg *page.Msg) error {
		order = append(order, "before "+msg.EventType)
		return nil
	})
	b.On("click", func(*component.Element, *page.Msg) error {
		order = append(order, "click")
		note.Show = true
		return nil
	})
	b.On("after", func(_ *component.Element, msg *page.Msg) error {
		order = append(order, "after "+msg.EventType)
		note.Show = false
		return nil
	})
	wp.Add(note)
	if got := strings.Join(b.Events(), " "); got != "click" {
		t.Fatalf("the browser is told of %q", got)
	}
	rec := attach(t, wp)
	if err := wp.Handle(rec, "s1", "c", click(b.Ref(), 1)); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(order, ", "); got != "before click, click, after click" {
		t.Errorf("order: %s", got)
	}
	msgs := rec.take()
	if len(msgs) != 1 || !strings.Contains(msgs[0], `"show":true`) {
		t.Fatalf("the click's update: %q", msgs)
	}
	if note.Show {
		t.Error("the after hook did not run")
	}
	if msgs := change(wp, rec, func() {}); len(msgs) != 1 || !strings.Contains(msgs[0], `"show":false`) {
		t.Errorf("the next update: %q", msgs)
	}

	b.Off("after")
	wp.Handle(rec, "s1", "c", click(b.Ref(), 2))
	if !note.Show {
		t.Error("the after hook still ran once removed")
	}
}

func TestAPanickingHookIsAnError(t *testing.T) {
	wp := page.NewWebPage()
	ran := false
	b := component.Button(component.In(wp),
		component.On("before", func(*component.Element, *page.Msg) error { panic("boom") }),
		component.On("click", func(*component.Element, *page.Msg) error { ran = true; return nil }))
	rec := attach(t, wp)
	var pe *page.PanicError
	if err := wp.Handle(rec, "s1", "c", click(b.Ref(), 1)); !errors.As(err, &pe) {
		t.Fatalf("err %v", err)
	}
	if ran {
		t.Error("the handler ran after its before hook failed")
	}
}
