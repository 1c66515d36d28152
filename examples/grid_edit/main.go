// Command grid_edit is a grid of three cars — Toyota Celica 35000, Ford
// Mondeo 32000, Porsche Boxter 72000 — whose prices anyone may change,
// and one list of them for the whole app: every browser's grid shows it.
// Double-click a price (or select it and type), enter a number: the page
// says "Porsche Boxter: 72000 → 99", and every other open page shows the
// new price, and the line, within a moment, keeping its own sort and
// filter. A price that is not a number is refused, and the cell shows the
// price again.
//
// The list lives in this package, under a lock; a change is published to
// the pages showing it (jp.Topic, as in examples/team_directory), and each
// gives its grid the new list: the grid sends the one row that changed.
package main

import (
	"fmt"
	"slices"
	"strconv"
	"sync"

	jp "github.com/justgo/justgo"
)

// Car is a row of the grid.
type Car struct {
	ID    int     `json:"id"`
	Make  string  `json:"make"`
	Model string  `json:"model"`
	Price float64 `json:"price"`
}

// change is what a page is told: the list as it is now, and the line
// describing the change.
type change struct {
	cars []Car
	line string
}

var (
	mu   sync.Mutex
	cars = []Car{
		{1, "Toyota", "Celica", 35000},
		{2, "Ford", "Mondeo", 32000},
		{3, "Porsche", "Boxter", 72000},
	}
	lastLine string
	changed  jp.Topic[change]
)

// current is a copy of the list and the last change's line.
func current() ([]Car, string) {
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(cars), lastLine
}

// setPrice changes a car's price and tells every page.
func setPrice(id int, price float64) bool {
	mu.Lock()
	i := slices.IndexFunc(cars, func(c Car) bool { return c.ID == id })
	if i < 0 {
		mu.Unlock()
		return false
	}
	c := &cars[i]
	lastLine = fmt.Sprintf("%s %s: %s → %s", c.Make, c.Model, number(c.Price), number(price))
	c.Price = price
	now := change{slices.Clone(cars), lastLine}
	mu.Unlock()
	changed.Publish(now)
	return true
}

func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

func gridEdit(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Title = "Cars"
	list, line := current()
	g := jp.AgGrid(list, jp.In(wp), jp.Style("height: 200px; width: 620px; margin: 0.5rem"))
	g.Columns = []jp.M{
		{"field": "make", "headerName": "Make"},
		{"field": "model", "headerName": "Model"},
		{"field": "price", "headerName": "Price", "editable": true},
	}
	g.Options["animateRows"] = false
	shown := jp.P(jp.Text(line), jp.ID("change"), jp.Classes("m-2"), jp.In(wp))
	g.On("cellValueChanged", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		id, _ := strconv.Atoi(fmt.Sprint(d["rowId"]))
		price, ok := d["newValue"].(float64)
		if !ok || d["column"] != "price" || !setPrice(id, price) {
			shown.Text = "A price is a number."
			list, _ := current()
			return g.SetRows(list) // the cell shows the price again
		}
		return nil // the page shows the change as every page does
	})
	changed.Subscribe(wp, func(c change) {
		if err := g.SetRows(c.cars); err == nil {
			shown.Text = c.line
		}
	})
	return wp
}

func main() { jp.JustPy(gridEdit) }
