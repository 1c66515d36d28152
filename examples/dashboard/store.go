package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	_ "modernc.org/sqlite" // database/sql's "sqlite", in pure Go
)

// The orders live in SQLite. created_at is Unix milliseconds, amount
// dollars rounded to cents.
const schema = `
CREATE TABLE IF NOT EXISTS orders (
	id         INTEGER PRIMARY KEY,
	created_at INTEGER NOT NULL,
	customer   TEXT NOT NULL,
	region     TEXT NOT NULL,
	product    TEXT NOT NULL,
	quantity   INTEGER NOT NULL,
	amount     REAL NOT NULL,
	status     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_created_at ON orders(created_at);
CREATE INDEX IF NOT EXISTS orders_status ON orders(status);
`

// region is one of the regions orders come from: code is what the select
// and URLs carry, name what the database and the page show.
type region struct{ code, name string }

var regions = []region{
	{"na", "North America"},
	{"eu", "Europe"},
	{"apac", "Asia Pacific"},
	{"latam", "Latin America"},
}

// regionName is the name of the region with code, "" for all regions
// (and for a code that is none).
func regionName(code string) string {
	for _, r := range regions {
		if r.code == code {
			return r.name
		}
	}
	return ""
}

// statuses an order goes through; new and processing are open.
var statuses = []string{"new", "processing", "shipped", "delivered", "cancelled"}

func validStatus(s string) bool {
	for _, v := range statuses {
		if v == s {
			return true
		}
	}
	return false
}

type product struct {
	name  string
	price float64
}

var products = []product{
	{"Espresso machine", 349}, {"Coffee grinder", 129}, {"Milk frother", 59.5},
	{"Pour-over kit", 42}, {"Kettle", 79.9}, {"Beans, 1 kg", 24.5},
	{"Travel mug", 19.99}, {"Scale", 35}, {"Cleaning tablets", 12.75},
	{"Tamper", 29},
}

var firstNames = []string{"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken", "Frances", "Dennis",
	"Radia", "John", "Sophie", "Linus", "Hedy", "Tim", "Katherine", "Niklaus", "Annie", "Rob"}
var lastNames = []string{"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton", "Thompson", "Allen",
	"Ritchie", "Perlman", "Backus", "Wilson", "Torvalds", "Lamarr", "Berners-Lee", "Johnson", "Wirth", "Easley", "Pike"}

// openDB opens the database at path, creating it with two weeks of
// generated orders ending at now when it has none.
func openDB(path string, now time.Time) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)")
	if err != nil {
		return nil, err
	}
	if err := initDB(db, now); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return db, nil
}

// initDB makes the schema and, in an empty database, the generated
// orders: the same ones for the same now.
func initDB(db *sql.DB, now time.Time) error {
	if _, err := db.Exec(schema); err != nil {
		return err
	}
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM orders`).Scan(&n); err != nil || n > 0 {
		return err
	}
	return seed(db, now)
}

// order is a row of orders.
type order struct {
	ID        int64
	CreatedAt time.Time
	Customer  string
	Region    string
	Product   string
	Quantity  int
	Amount    float64
	Status    string
}

// randomOrder is an order placed at at, drawn from rnd.
func randomOrder(rnd *rand.Rand, at time.Time) order {
	p := products[rnd.IntN(len(products))]
	q := 1 + rnd.IntN(3)
	if rnd.IntN(10) == 0 {
		q += 5 // now and then a café orders in bulk
	}
	return order{
		CreatedAt: at,
		Customer:  firstNames[rnd.IntN(len(firstNames))] + " " + lastNames[rnd.IntN(len(lastNames))],
		Region:    regions[rnd.IntN(len(regions))].name,
		Product:   p.name,
		Quantity:  q,
		Amount:    float64(int64(p.price*float64(q)*100+0.5)) / 100,
		Status:    "new",
	}
}

// seed fills the database with orders of the last two weeks: one every
// few minutes, then, in the last ten, one a second, as the live feed makes
// them; older orders have moved on in their status.
func seed(db *sql.DB, now time.Time) error {
	rnd := rand.New(rand.NewPCG(2026, 7))
	var list []order
	at := now.Add(-time.Second)
	start := now.Add(-14 * 24 * time.Hour)
	for at.After(start) {
		age := now.Sub(at)
		o := randomOrder(rnd, at)
		switch r := rnd.IntN(100); {
		case age > 3*24*time.Hour:
			o.Status = "delivered"
			if r < 6 {
				o.Status = "cancelled"
			}
		case age > 24*time.Hour:
			o.Status = []string{"shipped", "delivered", "delivered", "delivered"}[r%4]
			if r < 5 {
				o.Status = "cancelled"
			}
		case age > time.Hour:
			o.Status = []string{"processing", "shipped", "shipped", "delivered"}[r%4]
		case age > 2*time.Minute:
			o.Status = []string{"new", "processing", "shipped", "shipped"}[r%4]
		}
		list = append(list, o)
		gap := 500 + rnd.IntN(1000) // ms: in the last minutes, as the live feed
		if age > 10*time.Minute {
			gap = 60_000 + rnd.IntN(5*60_000)
		}
		at = at.Add(-time.Duration(gap) * time.Millisecond)
	}
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins, err := tx.Prepare(`INSERT INTO orders (created_at, customer, region, product, quantity, amount, status) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for i := len(list) - 1; i >= 0; i-- { // oldest first: ids grow with time
		o := list[i]
		if _, err := ins.Exec(o.CreatedAt.UnixMilli(), o.Customer, o.Region, o.Product, o.Quantity, o.Amount, o.Status); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// insertOrder adds o and returns its id.
func insertOrder(ctx context.Context, db *sql.DB, o order) (int64, error) {
	res, err := db.ExecContext(ctx, `INSERT INTO orders (created_at, customer, region, product, quantity, amount, status) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		o.CreatedAt.UnixMilli(), o.Customer, o.Region, o.Product, o.Quantity, o.Amount, o.Status)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// setStatus changes an order's status; ok is false when there is no such
// order.
func setStatus(ctx context.Context, db *sql.DB, id int64, status string) (ok bool, err error) {
	res, err := db.ExecContext(ctx, `UPDATE orders SET status = ? WHERE id = ?`, status, id)
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// where is the condition on region of a query ("" for all regions) and
// its arguments.
func where(regionName string) (string, []any) {
	if regionName == "" {
		return "1=1", nil
	}
	return "region = ?", []any{regionName}
}

// kpis are the dashboard's figures for a region.
type kpis struct {
	Today   int     // orders placed since midnight
	Revenue float64 // their amount, cancelled ones aside
	Open    int     // orders new or processing, of any day
}

func (k kpis) todayText() string   { return fmt.Sprint(k.Today) }
func (k kpis) revenueText() string { return money(k.Revenue) }
func (k kpis) openText() string    { return fmt.Sprint(k.Open) }

// money writes dollars with thousands separated: $12,345.67.
func money(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	whole, cents, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(whole, "-")
	whole = strings.TrimPrefix(whole, "-")
	var b strings.Builder
	for i, r := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	sign := ""
	if neg {
		sign = "-"
	}
	return sign + "$" + b.String() + "." + cents
}

// midnight is the start of t's day, in t's location.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// allKPIs are the figures of every region at now, by region name, and of
// all of them under "".
func allKPIs(ctx context.Context, db *sql.DB, now time.Time) (map[string]kpis, error) {
	out := map[string]kpis{"": {}}
	for _, r := range regions {
		out[r.name] = kpis{}
	}
	rows, err := db.QueryContext(ctx, `SELECT region, COUNT(*), COALESCE(SUM(CASE WHEN status != 'cancelled' THEN amount END), 0)
		FROM orders WHERE created_at >= ? GROUP BY region`, midnight(now).UnixMilli())
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var name string
		var k kpis
		if err := rows.Scan(&name, &k.Today, &k.Revenue); err != nil {
			rows.Close()
			return nil, err
		}
		out[name] = k
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = db.QueryContext(ctx, `SELECT region, COUNT(*) FROM orders WHERE status IN ('new', 'processing') GROUP BY region`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var open int
		if err := rows.Scan(&name, &open); err != nil {
			return nil, err
		}
		k := out[name]
		k.Open = open
		out[name] = k
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var all kpis
	for name, k := range out {
		if name != "" {
			all.Today += k.Today
			all.Revenue += k.Revenue
			all.Open += k.Open
		}
	}
	all.Revenue = float64(int64(all.Revenue*100+0.5)) / 100
	out[""] = all
	return out, nil
}

// perMinute is the chart's measure: the orders of the minute up to each
// time in at (ascending), for a region ("" for all). A point is [time in
// Unix ms, orders].
func perMinute(ctx context.Context, db *sql.DB, regionName string, at []time.Time) ([]any, error) {
	if len(at) == 0 {
		return []any{}, nil
	}
	cond, args := where(regionName)
	from := at[0].Add(-time.Minute).UnixMilli()
	rows, err := db.QueryContext(ctx, `SELECT created_at FROM orders WHERE `+cond+` AND created_at > ? AND created_at <= ? ORDER BY created_at`,
		append(args, from, at[len(at)-1].UnixMilli())...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var times []int64
	for rows.Next() {
		var ms int64
		if err := rows.Scan(&ms); err != nil {
			return nil, err
		}
		times = append(times, ms)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	points := make([]any, len(at))
	lo, hi := 0, 0 // times[lo:hi] are in the minute up to at[i]
	for i, t := range at {
		end := t.UnixMilli()
		for hi < len(times) && times[hi] <= end {
			hi++
		}
		for lo < hi && times[lo] <= end-time.Minute.Milliseconds() {
			lo++
		}
		points[i] = []any{end, hi - lo}
	}
	return points, nil
}

// latestSQL selects the latest orders of a region, as the grid shows them.
const latestSQL = `SELECT id, strftime('%H:%M:%S', created_at / 1000, 'unixepoch', 'localtime') AS time,
	customer, region, product, quantity, amount, status
	FROM orders WHERE `

// latest queries the n latest orders of a region ("" for all).
func latest(ctx context.Context, db *sql.DB, regionName string, n int) (*sql.Rows, error) {
	cond, args := where(regionName)
	return db.QueryContext(ctx, latestSQL+cond+` ORDER BY id DESC LIMIT ?`, append(args, n)...)
}
