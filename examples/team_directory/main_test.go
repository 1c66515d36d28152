package main

import (
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func serve(t *testing.T) *jptest.Server {
	d := newDirectory(
		Person{Name: "Ada Lovelace", Email: "ada@example.com", Team: "Engines"},
		Person{Name: "Grace Hopper", Email: "grace@example.com", Team: "Compilers"},
	)
	return jptest.New(t, newApp(jp.DefaultConfig(), d))
}

func TestSearchAsYouType(t *testing.T) {
	p := serve(t).Open("/")
	p.ShouldSee("2 people")
	p.Type(p.ByLabel("Search"), "hop")
	p.ShouldSee("1 people")
	p.ShouldSee("Grace Hopper")
	p.ShouldNotSee("Ada Lovelace")
	p.Clear(p.ByLabel("Search"))
	p.ShouldSee("2 people")
}

func TestAddChecksItsFields(t *testing.T) {
	p := serve(t).Open("/")
	p.Click(p.ByRole("button", "Add person"))
	p.ShouldSee("Name is required")
	p.ShouldSee("An email address has an @")
	p.ShouldSee("2 people") // nothing added
	p.Type(p.ByLabel("Name"), "Alan Turing")
	p.ShouldNotSee("Name is required") // cleared as the person types
	p.Type(p.ByLabel("Email"), "alan@example.com")
	p.Type(p.ByLabel("Team"), "Codes")
	p.Click(p.ByRole("button", "Add person"))
	p.ShouldSee("3 people")
	p.ShouldSee("Alan Turing")
	if v := p.ByLabel("Name").Value; v != "" {
		t.Errorf("the form kept %q", v)
	}
}

func TestDeleteAsksFirst(t *testing.T) {
	p := serve(t).Open("/")
	p.Click(p.ByRole("button", "Delete Ada Lovelace"))
	p.ShouldSee("Delete Ada Lovelace?")
	p.Click(p.ByRole("button", "Cancel"))
	p.ShouldSee("2 people")
	p.Click(p.ByRole("button", "Delete Ada Lovelace"))
	p.Click(p.ByRole("button", "Yes, delete"))
	p.ShouldSee("1 people")
	p.ShouldNotSee("Ada Lovelace")
}

func TestAPageForEachPerson(t *testing.T) {
	p := serve(t).Open("/")
	detail := p.Click(p.ByRole("link", "Grace Hopper"))
	detail.ShouldSee("Team: Compilers")
	back := detail.Click(detail.ByRole("link", "All people"))
	back.ShouldSee("2 people")
}

// Two people's browsers stay in step: what one adds or deletes, the
// other's table shows without a reload.
func TestTwoBrowsersInStep(t *testing.T) {
	srv := serve(t)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	a.Type(a.ByLabel("Name"), "Alan Turing")
	a.Type(a.ByLabel("Email"), "alan@example.com")
	a.Click(a.ByRole("button", "Add person"))
	b.WaitFor("Alan Turing")
	b.ShouldSee("3 people")
	b.Click(b.ByRole("button", "Delete Alan Turing"))
	b.Click(b.ByRole("button", "Yes, delete"))
	a.WaitUntil("Alan Turing gone", func() bool { return !a.Sees("Alan Turing") })
	a.ShouldSee("2 people")
}
