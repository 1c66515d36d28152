// Command team_directory is a small admin tool built the way a JustGo app
// is: a table of the team from a shared list, search as you type, an add
// form whose fields say what is wrong with them, delete with a
// confirmation, a page for each person, and every open browser in step.
//
// The list lives in one place (directory) and is published to the pages
// that show it (jp.Topic); each page keeps its table with jp.Rows, so a
// change sends only the rows that changed.
package main

import (
	"fmt"
	"strconv"
	"strings"

	jp "github.com/justgo/justgo"
)

const (
	cellClasses   = "border px-3 py-1"
	inputClasses  = "m-1 p-1 border rounded"
	buttonClasses = "m-1 px-3 py-1 border rounded bg-blue-50 hover:bg-blue-100"
	errorClasses  = "mx-1 text-sm text-red-600"
)

func newApp(cfg jp.Config, d *directory) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", d.listPage)
	jp.Route(app, "GET /person/{id}", d.personPage)
	return app
}

func (d *directory) listPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Title = "Team directory"
	body := jp.Div(jp.Classes("m-4"), jp.In(wp))
	jp.H1(jp.Text("Team directory"), jp.Classes("text-2xl mb-2"), jp.In(body))
	search := jp.Input(jp.Placeholder("Search"), jp.Attr("aria-label", "Search"), jp.Classes(inputClasses), jp.In(body))
	count := jp.P(jp.Classes("m-1 text-gray-600"), jp.In(body))

	// Delete asks first.
	confirm := jp.Div(jp.Show(false), jp.Attr("role", "alertdialog"), jp.Classes("m-2 p-2 border bg-yellow-50"), jp.In(body))
	question := jp.Span(jp.In(confirm))
	yes := jp.Button(jp.Text("Yes, delete"), jp.Classes(buttonClasses), jp.In(confirm))
	no := jp.Button(jp.Text("Cancel"), jp.Classes(buttonClasses), jp.In(confirm))
	pending := 0
	yes.On("click", func(*jp.Element, *jp.Msg) error {
		d.remove(pending)
		confirm.Show = false
		return nil
	})
	no.On("click", func(*jp.Element, *jp.Msg) error {
		confirm.Show = false
		return nil
	})

	table := jp.Table(jp.Classes("m-1 border-collapse"), jp.In(body))
	head := jp.Tr(jp.In(jp.Thead(jp.In(table))))
	for _, h := range []string{"Name", "Email", "Team", ""} {
		jp.Th(jp.Text(h), jp.Classes(cellClasses), jp.In(head))
	}
	rows := &jp.Rows[Person, int]{
		Parent: jp.Tbody(jp.In(table)),
		Key:    func(p Person) int { return p.ID },
		Build: func(p Person) *jp.Element {
			row := jp.Tr()
			name := jp.Td(jp.Classes(cellClasses), jp.In(row))
			jp.A(jp.Href("/person/"+strconv.Itoa(p.ID)), jp.Classes("text-blue-700 underline"), jp.In(name))
			jp.Td(jp.Classes(cellClasses), jp.In(row))
			jp.Td(jp.Classes(cellClasses), jp.In(row))
			del := jp.Button(jp.Text("Delete"), jp.Attr("aria-label", "Delete "+p.Name), jp.Classes(buttonClasses), jp.In(jp.Td(jp.In(row))))
			del.On("click", func(*jp.Element, *jp.Msg) error {
				pending = p.ID
				question.Text = fmt.Sprintf("Delete %s?", p.Name)
				confirm.Show = true
				return nil
			})
			return row
		},
		Update: func(row *jp.Element, p Person) {
			cells := row.Components()
			cells[0].Components()[0].Properties().Text = p.Name
			cells[1].Properties().Text = p.Email
			cells[2].Properties().Text = p.Team
		},
	}
	people := d.list()
	show := func() {
		shown := matching(people, search.Value)
		rows.Set(shown)
		count.Text = fmt.Sprintf("%d people", len(shown))
	}
	search.On("input", func(*jp.Element, *jp.Msg) error { show(); return nil })
	d.changed.Subscribe(wp, func(now []Person) {
		people = now
		show()
	})
	show()

	addForm(body, d)
	return wp
}

// addForm adds the form that adds a person, each field checked as it is
// typed and again on submit.
func addForm(parent *jp.Element, d *directory) {
	form := jp.Form(jp.Classes("mt-4"), jp.In(parent))
	jp.H2(jp.Text("Add person"), jp.Classes("text-xl"), jp.In(form))
	field := func(label, id string) (*jp.Element, *jp.Element) {
		row := jp.Div(jp.In(form))
		jp.Label(jp.Text(label), jp.Attr("for", id), jp.Classes("inline-block w-16"), jp.In(row))
		return jp.Input(jp.ID(id), jp.Name(id), jp.Classes(inputClasses), jp.In(row)), row
	}
	name, nameRow := field("Name", "name")
	email, emailRow := field("Email", "email")
	team, _ := field("Team", "team")
	nameCheck := jp.NewCheck(name, jp.Required("Name is required"), jp.Classes(errorClasses))
	nameRow.Add(nameCheck)
	emailCheck := jp.NewCheck(email, func(v string) string {
		if !strings.Contains(v, "@") {
			return "An email address has an @"
		}
		return ""
	}, jp.Classes(errorClasses))
	emailRow.Add(emailCheck)
	jp.Button(jp.Text("Add person"), jp.Type("submit"), jp.Classes(buttonClasses), jp.In(form))
	form.On("submit", func(*jp.Element, *jp.Msg) error {
		if !jp.Validate(nameCheck, emailCheck) {
			return nil
		}
		d.add(Person{Name: strings.TrimSpace(name.Value), Email: strings.TrimSpace(email.Value), Team: strings.TrimSpace(team.Value)})
		name.Value, email.Value, team.Value = "", "", ""
		return nil
	})
}

func (d *directory) personPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	id, _ := strconv.Atoi(r.PathValue("id"))
	p, ok := d.get(id)
	body := jp.Div(jp.Classes("m-4"), jp.In(wp))
	if !ok {
		jp.P(jp.Text("No such person."), jp.In(body))
	} else {
		wp.Title = p.Name
		jp.H1(jp.Text(p.Name), jp.Classes("text-2xl"), jp.In(body))
		jp.P(jp.Text("Email: "+p.Email), jp.In(body))
		jp.P(jp.Text("Team: "+p.Team), jp.In(body))
	}
	jp.A(jp.Text("All people"), jp.Href("/"), jp.Classes("text-blue-700 underline"), jp.In(body))
	return wp
}

func main() {
	d := newDirectory(
		Person{Name: "Ada Lovelace", Email: "ada@example.com", Team: "Engines"},
		Person{Name: "Grace Hopper", Email: "grace@example.com", Team: "Compilers"},
	)
	jp.Run(func(cfg jp.Config) *jp.App { return newApp(cfg, d) })
}
