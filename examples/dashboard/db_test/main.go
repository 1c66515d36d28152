// Command db_test is JustPy's grid tutorial program db_test: the tables of
// a SQLite database through database/sql, one at a time in an AG Grid
// whose columns are the table's, chosen with a select (or ?table=); and,
// at /city, the customers' cities and countries.
//
// JustPy downloads the Chinook sample database; this program generates a
// database of the same shape (artists, albums, tracks, customers,
// invoices…) on first run, in the file -db ($CHINOOK_DB, ./chinook.db).
//
//	go run ./db_test
package main

import (
	"cmp"
	"database/sql"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"slices"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
	_ "modernc.org/sqlite"
)

// shop is the database and its tables' names.
type shop struct {
	db     *sql.DB
	tables []string
}

func newApp(cfg jp.Config, db *sql.DB) (*jp.App, error) {
	s := &shop{db: db}
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		s.tables = append(s.tables, name)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/city", s.cityTest)
	jp.Route(app, "/", s.dbTest)
	return app, nil
}

// rowsOf queries a table, whose name is one of s.tables (names are not
// arguments in SQL: only a known one goes into the query).
func (s *shop) rowsOf(table string) (*sql.Rows, error) {
	if !slices.Contains(s.tables, table) {
		return nil, fmt.Errorf("no table %q", table)
	}
	return s.db.Query(`SELECT * FROM "` + table + `"`)
}

// dbTest shows a table, ?table= or albums, in a grid; the select shows
// another in the same grid.
func (s *shop) dbTest(r *jp.Request) (*jp.WebPage, error) {
	wp := jp.NewWebPage()
	wp.Title = "Database test"
	table := r.QueryParams.Get("table")
	if !slices.Contains(s.tables, table) {
		table = "albums"
	}
	sel := wa.Select(wa.Label("Select Table"), wa.Appearance("outlined"), jp.Value(table),
		jp.Style("width: 350px; margin: 0.25rem; padding: 0.25rem;"), jp.In(wp))
	for _, t := range s.tables {
		wa.Option(jp.Value(t), jp.Text(t), jp.In(sel))
	}
	rows, err := s.rowsOf(table)
	if err != nil {
		return nil, err
	}
	g := jp.AgGrid(rows, jp.Style("display: block; height: 90vh; width: 99%; margin: 0.25rem; padding: 0.25rem;"), jp.In(wp))
	g.Options["pagination"] = true
	g.Options["paginationAutoPageSize"] = true
	sel.On("change", func(self *jp.Element, msg *jp.Msg) error {
		rows, err := s.rowsOf(msg.Value)
		if err != nil {
			return err
		}
		g.Columns = nil // the new table's
		return g.SetRows(rows)
	})
	return wp, nil
}

// cityTest lists the customers' cities by country.
func (s *shop) cityTest(r *jp.Request) (*jp.WebPage, error) {
	wp := jp.NewWebPage()
	wp.Title = "Cities"
	rows, err := s.db.Query(`SELECT DISTINCT City, Country, CustomerId FROM customers ORDER BY Country`)
	if err != nil {
		return nil, err
	}
	jp.AgGrid(rows, jp.Style("display: block; height: 99vh; width: 450px; margin: 0.25rem; padding: 0.25rem;"), jp.In(wp))
	return wp, nil
}

func main() {
	path := flag.String("db", cmp.Or(os.Getenv("CHINOOK_DB"), "chinook.db"), "the SQLite database, generated on first run")
	flag.Parse()
	db, err := openChinook(*path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "db_test:", err)
		os.Exit(1)
	}
	defer db.Close()
	jp.Run(func(cfg jp.Config) *jp.App {
		app, err := newApp(cfg, db)
		if err != nil {
			slog.Error("db_test", "err", err)
			os.Exit(1)
		}
		return app
	})
}
