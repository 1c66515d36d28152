package main

import (
	"slices"
	"strings"
	"sync"

	jp "github.com/justgo/justgo"
)

// Person is one member of the team.
type Person struct {
	ID                int
	Name, Email, Team string
}

// directory is the data every page shows: kept here, under a lock, and
// published to the pages whenever it changes, so that every browser stays
// in step.
type directory struct {
	mu      sync.Mutex
	people  []Person
	next    int
	changed jp.Topic[[]Person]
}

func newDirectory(people ...Person) *directory {
	d := &directory{}
	for _, p := range people {
		d.add(p)
	}
	return d
}

// list is a copy of the people, for a page to keep.
func (d *directory) list() []Person {
	d.mu.Lock()
	defer d.mu.Unlock()
	return slices.Clone(d.people)
}

func (d *directory) get(id int) (Person, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	i := slices.IndexFunc(d.people, func(p Person) bool { return p.ID == id })
	if i < 0 {
		return Person{}, false
	}
	return d.people[i], true
}

func (d *directory) add(p Person) {
	d.mu.Lock()
	d.next++
	p.ID = d.next
	d.people = append(d.people, p)
	now := slices.Clone(d.people)
	d.mu.Unlock()
	d.changed.Publish(now) // every page shows it, each on its own goroutine
}

func (d *directory) remove(id int) {
	d.mu.Lock()
	d.people = slices.DeleteFunc(d.people, func(p Person) bool { return p.ID == id })
	now := slices.Clone(d.people)
	d.mu.Unlock()
	d.changed.Publish(now)
}

// matching are the people whose name, email or team has the search text.
func matching(people []Person, search string) []Person {
	search = strings.ToLower(strings.TrimSpace(search))
	if search == "" {
		return people
	}
	var out []Person
	for _, p := range people {
		if strings.Contains(strings.ToLower(p.Name+" "+p.Email+" "+p.Team), search) {
			out = append(out, p)
		}
	}
	return out
}
