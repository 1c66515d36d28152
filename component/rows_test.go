package component_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

type person struct {
	ID   int
	Name string
}

// sent records the messages a page sends.
type sent struct{ msgs []string }

func (s *sent) Send(m []byte)     { s.msgs = append(s.msgs, string(m)) }
func (s *sent) Close(int, string) {}

// One row changed in a table of 1,000 sends that row's change alone;
// a row removed sends the new order of the rows by reference.
func TestRowsSendOnlyWhatChanged(t *testing.T) {
	wp := page.NewWebPage()
	tbody := component.Tbody(component.In(wp))
	rows := component.Rows[person, int]{
		Parent: tbody,
		Key:    func(p person) int { return p.ID },
		Build: func(person) *component.Element {
			return component.Tr(component.Children(component.Td(), component.Td()))
		},
		Update: func(row *component.Element, p person) {
			row.Components()[0].Properties().Text = fmt.Sprint(p.ID)
			row.Components()[1].Properties().Text = p.Name
		},
	}
	people := make([]person, 1000)
	for i := range people {
		people[i] = person{i, fmt.Sprint("person ", i)}
	}
	rows.Set(people)
	reg := page.NewRegistry(time.Minute)
	defer reg.Close()
	reg.Serve(wp, "s")
	v, _ := wp.Render(&strings.Builder{})
	c := &sent{}
	reg.Attach(wp.ID(), "s", "", c, v)
	wp.DoWait(func() {})

	cell := rows.Row(500).Components()[1]
	people[500].Name = "Ada"
	wp.DoWait(func() { rows.Set(people) })
	want := `{"t":"patch","ack":0,"v":2,"ops":[{"id":"` + cell.Ref() + `","text":"Ada"}]}`
	if len(c.msgs) != 1 || c.msgs[0] != want {
		t.Fatalf("one row changed:\n got %q\nwant %q", c.msgs, want)
	}
	c.msgs = nil
	gone := rows.Row(3)
	wp.DoWait(func() { rows.Set(append(people[:3:3], people[4:]...)) })
	var m struct {
		Ops []struct {
			ID   string
			Kids []json.RawMessage
		}
	}
	if len(c.msgs) != 1 || json.Unmarshal([]byte(c.msgs[0]), &m) != nil || len(m.Ops) != 1 || m.Ops[0].ID != tbody.Ref() || len(m.Ops[0].Kids) != 999 {
		t.Fatalf("a row removed: %.300q", c.msgs)
	}
	for _, k := range m.Ops[0].Kids {
		if k[0] != '"' {
			t.Fatalf("a row the browser has was sent whole: %s", k)
		}
	}
	if rows.Row(3) != nil || gone == nil {
		t.Error("the removed row is still kept")
	}
}
