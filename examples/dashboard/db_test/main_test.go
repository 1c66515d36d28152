package main

import (
	"database/sql"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func serve(t *testing.T) (*jptest.Server, *sql.DB) {
	t.Helper()
	db, err := openChinook(filepath.Join(t.TempDir(), "chinook.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	app, err := newApp(jp.DefaultConfig(), db)
	if err != nil {
		t.Fatal(err)
	}
	return jptest.New(t, app), db
}

func count(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func theGrid(t *testing.T, p *jptest.Page) *jptest.Node {
	t.Helper()
	g := p.All("jp-aggrid")
	if len(g) != 1 {
		t.Fatalf("%d grids", len(g))
	}
	return g[0]
}

// columns are the fields of the grid's columns as the browser has them:
// those it was built with, or the last it was sent.
func columns(p *jptest.Page, g *jptest.Node) []string {
	o, _ := g.Prop("options").(map[string]any)
	defs, _ := o["columnDefs"].([]any)
	for _, c := range p.Calls() {
		if c.ID == g.Ref && c.Method == "jpSetOption" && len(c.Args) == 2 && c.Args[0] == "columnDefs" {
			defs, _ = c.Args[1].([]any)
		}
	}
	var fields []string
	for _, d := range defs {
		if m, ok := d.(map[string]any); ok {
			fields = append(fields, m["field"].(string))
		}
	}
	return fields
}

// sqlColumns are a table's columns, in order.
func sqlColumns(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query(`SELECT * FROM ` + table + ` LIMIT 0`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	return cols
}

func TestTheGeneratedDatabase(t *testing.T) {
	_, db := serve(t)
	for table, least := range map[string]int{"artists": 50, "albums": 100, "genres": 10, "media_types": 5, "tracks": 1000,
		"employees": 8, "customers": 59, "invoices": 400, "invoice_items": 1500} {
		if n := count(t, db, `SELECT COUNT(*) FROM `+table); n < least {
			t.Errorf("%s has %d rows", table, n)
		}
	}
	// The rows hold together.
	if n := count(t, db, `SELECT COUNT(*) FROM invoice_items i LEFT JOIN tracks t USING (TrackId) WHERE t.TrackId IS NULL`); n > 0 {
		t.Errorf("%d invoice lines of no track", n)
	}
	if n := count(t, db, `SELECT COUNT(*) FROM invoices v WHERE ABS(Total - (SELECT SUM(UnitPrice * Quantity) FROM invoice_items i WHERE i.InvoiceId = v.InvoiceId)) > 0.001`); n > 0 {
		t.Errorf("%d invoices whose total is not their lines'", n)
	}
}

// The first run generates the database; the next opens it as it is.
func TestGeneratedOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chinook.db")
	counts := func() int {
		db, err := openChinook(path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		return count(t, db, `SELECT COUNT(*) FROM tracks`)
	}
	if a, b := counts(), counts(); a != b || a == 0 {
		t.Errorf("tracks: %d, then %d", a, b)
	}
}

// Albums first; the select shows another table's rows and columns in the
// same grid.
func TestChooseATable(t *testing.T) {
	srv, db := serve(t)
	p := srv.Open("/")
	g := theGrid(t, p)
	sel := p.ByLabel("Select Table")
	if sel.Value != "albums" {
		t.Errorf("the select shows %q", sel.Value)
	}
	if got, want := columns(p, g), sqlColumns(t, db, "albums"); !slices.Equal(got, want) {
		t.Errorf("columns %v, want %v", got, want)
	}
	if got, want := len(p.GridRows(g)), count(t, db, `SELECT COUNT(*) FROM albums`); got != want {
		t.Errorf("%d rows of albums, want %d", got, want)
	}
	for _, table := range []string{"customers", "invoices", "genres"} {
		p.Select(sel, table)
		if got, want := columns(p, g), sqlColumns(t, db, table); !slices.Equal(got, want) {
			t.Errorf("%s: columns %v, want %v", table, got, want)
		}
		rows := p.GridRows(g)
		if got, want := len(rows), count(t, db, `SELECT COUNT(*) FROM `+table); got != want {
			t.Errorf("%d rows of %s, want %d", got, table, want)
		}
		if _, ok := rows[0][sqlColumns(t, db, table)[1]]; !ok {
			t.Errorf("%s: a row %v", table, rows[0])
		}
	}
	var name string
	if err := db.QueryRow(`SELECT Name FROM genres WHERE GenreId = 1`).Scan(&name); err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(p.GridRows(g), func(r map[string]any) bool { return r["Name"] == name }) {
		t.Errorf("no genre %q", name)
	}
	if opts := g.Prop("options").(map[string]any)["grid"].(map[string]any); opts["pagination"] != true || opts["paginationAutoPageSize"] != true {
		t.Errorf("grid options %v", opts)
	}
}

// ?table= picks the table; a name that is none shows albums.
func TestTableFromTheQuery(t *testing.T) {
	srv, db := serve(t)
	p := srv.Open("/?table=tracks")
	g := theGrid(t, p)
	if v := p.ByLabel("Select Table").Value; v != "tracks" {
		t.Errorf("the select shows %q", v)
	}
	if got, want := len(p.GridRows(g)), count(t, db, `SELECT COUNT(*) FROM tracks`); got != want {
		t.Errorf("%d rows of tracks, want %d", got, want)
	}
	for _, q := range []string{"nope", "albums;DROP%20TABLE%20albums", "sqlite_master"} {
		p := srv.Open("/?table=" + q)
		if got, want := columns(p, theGrid(t, p)), sqlColumns(t, db, "albums"); !slices.Equal(got, want) {
			t.Errorf("?table=%s: columns %v", q, got)
		}
	}
}

// /city: each customer's city and country, by country.
func TestCity(t *testing.T) {
	srv, db := serve(t)
	p := srv.Open("/city")
	g := theGrid(t, p)
	if got := columns(p, g); !slices.Equal(got, []string{"City", "Country", "CustomerId"}) {
		t.Errorf("columns %v", got)
	}
	rows := p.GridRows(g)
	if got, want := len(rows), count(t, db, `SELECT COUNT(*) FROM (SELECT DISTINCT City, Country, CustomerId FROM customers)`); got != want {
		t.Errorf("%d rows, want %d", got, want)
	}
	countries := make([]string, len(rows))
	for i, r := range rows {
		countries[i] = r["Country"].(string)
	}
	if !sort.StringsAreSorted(countries) {
		t.Errorf("not by country: %v", countries)
	}
}
