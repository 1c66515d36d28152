package form

import (
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestFormTest(t *testing.T) {
	p := jptest.New(t, FormTest.App(jp.DefaultConfig())).Open("/")
	if !strings.HasSuffix(p.URL(), "/fill_form") {
		t.Errorf("address %s", p.URL())
	}
	label := p.ByText("User Name")
	user := p.ByPlaceholder("User Name")
	if label.Attr("for") == "" || label.Attr("for") != user.Attr("id") {
		t.Errorf("label for %q, input id %q", label.Attr("for"), user.Attr("id"))
	}
	p.Type(user, "ann")
	p.Type(p.ByPlaceholder("Password"), "secret")
	p.Check(p.All("input")[2], true)
	p.Click(p.All("input")[3]) // Submit Form
	if p.Redirect() != "/form_submitted" {
		t.Fatalf("redirect %q", p.Redirect())
	}
	thanks := p.Follow()
	thanks.ShouldSee("Thank you for submitting the form")
	thanks.ShouldSee("User Name: ann")
	thanks.ShouldSee("Password: secret")
	thanks.ShouldSee("We will send you stuff")
	if !strings.HasSuffix(thanks.URL(), "/thanks") {
		t.Errorf("address %s", thanks.URL())
	}
}
