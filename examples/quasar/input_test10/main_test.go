package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestEmailIsCheckedAsItIsTyped(t *testing.T) {
	p := jptest.Serve(t, inputTest10).Open("/")
	email := p.ByLabel("Enter email")
	invalid := func(want bool) {
		t.Helper()
		_, got := email.Attrs["custom-error"]
		if got != want || got && (email.Attr("custom-error") != "Enter valid email address" || email.Attr("hint") != "Enter valid email address") {
			t.Errorf("invalid %v, want %v (custom-error %q, hint %q)", got, want, email.Attr("custom-error"), email.Attr("hint"))
		}
	}
	invalid(false)
	p.Type(email, "ada")
	invalid(true)
	p.Type(email, "@example.org")
	invalid(false)
	p.Type(email, " ")
	invalid(true)
}
