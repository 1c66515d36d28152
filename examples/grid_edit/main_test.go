package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// reset puts the list back as main starts it: the tests share it, as the
// app's pages do.
func reset(t *testing.T) {
	mu.Lock()
	cars = []Car{{1, "Toyota", "Celica", 35000}, {2, "Ford", "Mondeo", 32000}, {3, "Porsche", "Boxter", 72000}}
	lastLine = ""
	mu.Unlock()
}

// A price one person changes is the app's: the page says so, and another
// person's grid, and the same person's other tab, show it without a
// reload. A page opened afterwards starts with it.
func TestAnEditReachesEveryPage(t *testing.T) {
	reset(t)
	srv := jptest.Serve(t, gridEdit)
	a := srv.Open("/")
	aTab := a.User().Open("/")
	b := srv.NewUser().Open("/")
	ga, gb, gTab := a.All("jp-aggrid")[0], b.All("jp-aggrid")[0], aTab.All("jp-aggrid")[0]
	if r := gb.Prop("options").(map[string]any)["columnDefs"].([]any)[2].(map[string]any); r["field"] != "price" || r["editable"] != true {
		t.Fatalf("the Price column %v", r)
	}
	if r := b.GridRow(gb, 3); r["make"] != "Porsche" || r["model"] != "Boxter" || r["price"] != 72000.0 {
		t.Fatalf("Porsche's row %v", r)
	}

	a.EditCell(ga, 3, "price", 99)
	a.ShouldSee("Porsche Boxter: 72000 → 99")
	b.WaitUntil("Porsche at 99 in the other person's grid", func() bool { return b.GridRow(gb, 3)["price"] == 99.0 })
	b.WaitFor("Porsche Boxter: 72000 → 99")
	aTab.WaitUntil("Porsche at 99 in the other tab", func() bool { return aTab.GridRow(gTab, 3)["price"] == 99.0 })
	if r := b.GridRow(gb, 1); r["price"] != 35000.0 {
		t.Errorf("Toyota's row changed: %v", r)
	}
	// Only the changed row travelled to the other page.
	calls := b.Calls()
	if len(calls) != 1 || calls[0].Method != "jpTransaction" {
		t.Fatalf("the other page got %v", calls)
	}
	if tx, _ := json.Marshal(calls[0].Args); string(tx) != `[{"update":[{"id":3,"make":"Porsche","model":"Boxter","price":99}]}]` {
		t.Errorf("the transaction %s", tx)
	}
	// The editor's own page is not sent its edit back.
	for _, c := range a.Calls() {
		t.Errorf("the editing page got %+v", c)
	}

	// The second person changes it again; the first sees it.
	b.EditCell(gb, 3, "price", 80500.5)
	a.WaitFor("Porsche Boxter: 99 → 80500.5")
	a.WaitUntil("the price in the first grid", func() bool { return a.GridRow(ga, 3)["price"] == 80500.5 })

	// A new page shows the list as it is now.
	c := srv.NewUser().Open("/")
	c.ShouldSee("Porsche Boxter: 99 → 80500.5")
	if r := c.GridRow(c.All("jp-aggrid")[0], 3); r["price"] != 80500.5 {
		t.Errorf("a new page shows %v", r)
	}
}

// A price that is not a number is refused: the cell gets the price back,
// and no other page hears of it.
func TestAPriceIsANumber(t *testing.T) {
	reset(t)
	srv := jptest.Serve(t, gridEdit)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	ga := a.All("jp-aggrid")[0]
	a.EditCell(ga, 2, "price", nil) // the person cleared the cell
	a.ShouldSee("A price is a number.")
	calls := a.Calls()
	if len(calls) != 1 || !strings.Contains(string(must(json.Marshal(calls[0].Args))), `"price":32000`) {
		t.Errorf("the page got %v", calls)
	}
	if r := a.GridRow(ga, 2); r["price"] != 32000.0 {
		t.Errorf("Ford's row %v", r)
	}
	b.Sync()
	if len(b.Calls()) != 0 || b.Sees("A price is a number.") {
		t.Errorf("the other page heard of it: %v", b.Calls())
	}
	if list, _ := current(); list[1].Price != 32000 {
		t.Errorf("the list has %v", list[1])
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
