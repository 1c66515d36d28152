package component_test

import (
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// A check shows nothing until the field is touched or validated, shows its
// error beside the field while the value is wrong, and clears once it is
// right; typing brings the message up to date.
func TestCheckShowsAndClearsItsError(t *testing.T) {
	wp := page.NewWebPage()
	email := component.Input(component.Name("email"), component.In(wp))
	check := component.NewCheck(email, func(v string) string {
		if !strings.Contains(v, "@") {
			return "An email address has an @"
		}
		return ""
	})
	wp.Add(check)
	var valid bool
	save := component.Button(component.In(wp), component.On("click", func(*component.Element, *page.Msg) error {
		valid = component.Validate(check)
		return nil
	}))
	reg := page.NewRegistry(time.Minute)
	defer reg.Close()
	reg.Serve(wp, "s")
	var b strings.Builder
	v, _ := wp.Render(&b)
	if !strings.Contains(b.String(), `hidden role="alert"`) {
		t.Fatalf("an untouched field shows an error: %s", b.String())
	}
	c := &sent{}
	reg.Attach(wp.ID(), "s", "", c, v)
	n := uint64(0)
	send := func(m wire.ClientMsg) {
		n++
		m.N = n
		if err := wp.Handle(c, "s", "c", &m); err != nil {
			t.Fatal(err)
		}
	}
	typed := func(v string) { send(wire.ClientMsg{Type: wire.TypeEvent, ID: email.Ref(), Event: "input", Value: &v}) }

	typed("ada")
	if !check.Show || check.Text != "An email address has an @" || email.Attrs["aria-invalid"] != "true" {
		t.Errorf("a wrong value: shown %v, %q, aria-invalid %q", check.Show, check.Text, email.Attrs["aria-invalid"])
	}
	typed("ada@example.com")
	if check.Show || check.Text != "" || email.Attrs["aria-invalid"] != "" {
		t.Errorf("a right value: shown %v, %q", check.Show, check.Text)
	}
	send(wire.ClientMsg{Type: wire.TypeEvent, ID: save.Ref(), Event: "click"})
	if !valid {
		t.Error("Validate refused a valid value")
	}
	typed("")
	send(wire.ClientMsg{Type: wire.TypeEvent, ID: save.Ref(), Event: "click"})
	if valid || !check.Show {
		t.Error("Validate took an empty value")
	}
	if last := c.msgs[len(c.msgs)-1]; !strings.Contains(last, `"show":true`) || !strings.Contains(last, "An email address has an @") {
		t.Errorf("the browser was not shown the error: %s", last)
	}
}
