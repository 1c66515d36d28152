package component

import (
	"errors"
	"strings"
	"testing"

	"github.com/justgo/justgo/page"
)

func TestHandlersWithOrWithoutAnError(t *testing.T) {
	var got []string
	plain := func(self *Element, msg *page.Msg) { got = append(got, "plain "+msg.EventType) }
	failing := func(self *Element, msg *page.Msg) error { return errors.New("nope") }
	var named Handler = func(*Element, *page.Msg) error { got = append(got, "named"); return nil }
	b := Button(On("click", plain), On("dblclick", failing), On("mouseover", named, Debounce(0)))
	b.On("keydown", func(self *Element, msg *page.Msg) { got = append(got, "method "+msg.EventType) })
	b.On("keyup", named)
	for _, ev := range []string{"click", "keydown", "keyup", "mouseover"} {
		if err := b.HandleEvent(&page.Msg{EventType: ev}); err != nil {
			t.Errorf("%s: %v", ev, err)
		}
	}
	if err := b.HandleEvent(&page.Msg{EventType: "dblclick"}); err == nil || err.Error() != "nope" {
		t.Errorf("the handler's error was lost: %v", err)
	}
	if s := strings.Join(got, ", "); s != "plain click, method keydown, named, named" {
		t.Errorf("ran %q", s)
	}
	if s := strings.Join(b.Events(), " "); s != "click dblclick keydown keyup mouseover" {
		t.Errorf("events %q", s)
	}
}

func TestOnRefusesWhatIsNoHandler(t *testing.T) {
	for name, h := range map[string]any{
		"wrong shape": func(msg *page.Msg) {},
		"a string":    "self.text = 'clicked'",
		"nil":         nil,
		"typed nil":   Handler(nil),
	} {
		func() {
			defer func() {
				p, _ := recover().(string)
				if !strings.Contains(p, "component: On") {
					t.Errorf("%s: recovered %q", name, p)
				}
			}()
			Div().On("click", h)
		}()
	}
}
