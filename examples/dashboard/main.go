// Command dashboard is what JustGo is for: a live view of a database that
// several people watch and change at once, in Go alone. Orders sit in
// SQLite (made with two weeks of generated orders on first start); cards
// of Web Awesome show today's figures, an ECharts line the orders per
// minute, a point every second, and an AG Grid the latest orders, whose
// status a person changes in the grid. A generator adds an order every
// second or so; every open browser shows it, and shows a change one
// person made, with a toast. A select filters the chart, the cards and
// the grid by region; a switch turns the page dark.
//
//	go run . -db /tmp/dashboard.db
//
// The database's file is -db, or $DASHBOARD_DB, or ./dashboard.db.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"os"
	"time"

	jp "github.com/justgo/justgo"
)

func main() {
	path := flag.String("db", cmp.Or(os.Getenv("DASHBOARD_DB"), "dashboard.db"), "the SQLite database of orders, made on first start")
	flag.Parse()
	db, err := openDB(*path, time.Now())
	if err != nil {
		fmt.Fprintln(os.Stderr, "dashboard:", err)
		os.Exit(1)
	}
	defer db.Close()
	jp.Run(func(cfg jp.Config) *jp.App { return newApp(cfg, db) })
}
