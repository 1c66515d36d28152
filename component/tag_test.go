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
					t.Errorf("Tag(%q) panicked with %v", tag, p)
				}
			}()
			Tag(tag)
		}()
	}
	for _, tag := range []string{"div", "wa-button", "linearGradient", "h1", "a_b", "svg:rect", TextTag} {
		if e := Tag(tag); e.Tag() != tag {
			t.Errorf("Tag(%q) made %q", tag, e.Tag())
		}
	}
	if e := Make(nil, "wa-input"); e.Tag() != "wa-input" {
		t.Errorf("Make: %q", e.Tag())
	}
}

// The former names do what the new ones do: New is Tag, ID is Ref,
// ModelData is ModelState.
func TestFormerNames(t *testing.T) {
	e := New("wa-card", ID("html-id"))
	if e.Tag() != "wa-card" || e.ID() != e.Ref() || e.ID() == "html-id" || e.Attr("id") != "html-id" {
		t.Errorf("New made %q, ID %q, Ref %q, HTML id %q", e.Tag(), e.ID(), e.Ref(), e.Attr("id"))
	}
	e.ModelData()["k"] = 1
	if e.ModelState()["k"] != 1 || e.State["k"] != 1 {
		t.Errorf("ModelData %v, State %v", e.ModelData(), e.State)
	}
}
