package component

import (
	"strings"
	"testing"
)

// A tag name that is not one could write markup of its own:
// Tag("img src=x onerror=alert(1)") once did.
func TestInvalidTagNamePanics(t *testing.T) {
	for _, tag := range []string{"img src=x onerror=alert(1)", "div><script>", "", "1h", "a b", "a/b", "#comment"} {
		func() {
			defer func() {
				p := recover()
				if msg, _ := p.(string); !strings.HasPrefix(msg, "component: invalid tag name ") || !strings.Contains(msg, `"`+tag+`"`) {
					t.Errorf("New(%q) panicked with %v", tag, p)
				}
			}()
			New(tag)
		}()
	}
	for _, tag := range []string{"div", "wa-button", "linearGradient", "h1", "a_b", "svg:rect", TextTag} {
		if e := New(tag); e.Tag() != tag {
			t.Errorf("New(%q) made %q", tag, e.Tag())
		}
	}
	if e := Make(nil, "wa-input"); e.Tag() != "wa-input" {
		t.Errorf("Make: %q", e.Tag())
	}
}
