package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// serve serves a dashboard over a fresh database in a temporary folder,
// without the feed unless opts ask for it, so that the figures stay put.
func serve(t *testing.T, opts ...option) (*jptest.Server, *sql.DB) {
	t.Helper()
	db, err := openDB(filepath.Join(t.TempDir(), "dashboard.db"), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	var d *dashboard
	t.Cleanup(func() {
		// The pages are gone (the server closed first): the live goroutine
		// stops, and must have before the database closes, or a write it
		// was making could leave a journal in a folder being removed.
		stopped := make(chan struct{})
		go func() { d.live.Wait(); close(stopped) }()
		select {
		case <-stopped:
		case <-time.After(10 * time.Second):
			t.Error("the live goroutine did not stop with the pages")
		}
		db.Close()
	})
	opts = append([]option{withFeed(0)}, append(opts, func(x *dashboard) { d = x })...)
	return jptest.New(t, newApp(jp.DefaultConfig(), db, opts...)), db
}

// query reads one value.
func query[T any](t *testing.T, db *sql.DB, q string, args ...any) T {
	t.Helper()
	var v T
	if err := db.QueryRow(q, args...).Scan(&v); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return v
}

func grid(t *testing.T, p *jptest.Page) *jptest.Node {
	t.Helper()
	g := p.All("jp-aggrid")
	if len(g) != 1 {
		t.Fatalf("%d grids", len(g))
	}
	return g[0]
}

func echart(t *testing.T, p *jptest.Page) *jptest.Node {
	t.Helper()
	c := p.All("jp-echart")
	if len(c) != 1 {
		t.Fatalf("%d charts", len(c))
	}
	return c[0]
}

// rate is the chart's series as the browser has it.
func rate(t *testing.T, p *jptest.Page) []any {
	t.Helper()
	series, _ := p.ChartOptions(echart(t, p))["series"].([]any)
	if len(series) != 1 {
		t.Fatalf("series: %v", series)
	}
	data, _ := series[0].(map[string]any)["data"].([]any)
	return data
}

func point(t *testing.T, v any) (ms int64, orders int) {
	t.Helper()
	xy, ok := v.([]any)
	if !ok || len(xy) != 2 {
		t.Fatalf("a point %v", v)
	}
	return int64(xy[0].(float64)), int(xy[1].(float64))
}

// The cards show today's orders, revenue and the open orders, as the
// database has them, for all regions and for one.
func TestKPIsFromTheDatabase(t *testing.T) {
	srv, db := serve(t)
	for _, c := range []struct{ path, cond string }{{"/", "1=1"}, {"/?region=eu", "region = 'Europe'"}} {
		p := srv.Open(c.path)
		start := midnight(time.Now()).UnixMilli()
		today := query[int](t, db, `SELECT COUNT(*) FROM orders WHERE `+c.cond+` AND created_at >= ?`, start)
		revenue := query[float64](t, db, `SELECT COALESCE(SUM(amount), 0) FROM orders WHERE `+c.cond+` AND created_at >= ? AND status != 'cancelled'`, start)
		open := query[int](t, db, `SELECT COUNT(*) FROM orders WHERE `+c.cond+` AND status IN ('new', 'processing')`)
		if today == 0 || open == 0 {
			t.Fatalf("%s: the generated data has %d orders today, %d open", c.path, today, open)
		}
		for id, want := range map[string]string{"kpi-today": fmt.Sprint(today), "kpi-revenue": money(revenue), "kpi-open": fmt.Sprint(open)} {
			if got := p.ByID(id).Text; got != want {
				t.Errorf("%s: %s shows %q, the database says %q", c.path, id, got, want)
			}
		}
		p.ShouldSee("Orders today")
		p.ShouldSee("Revenue today")
		p.ShouldSee("Open orders")
	}
}

func TestMoney(t *testing.T) {
	for v, want := range map[float64]string{0: "$0.00", 5.5: "$5.50", 1234.567: "$1,234.57", 1234567.1: "$1,234,567.10", -999.99: "-$999.99"} {
		if got := money(v); got != want {
			t.Errorf("money(%v) = %q, want %q", v, got, want)
		}
	}
}

// A person changes an order's status in the grid: the database has it,
// the person gets a toast, and another person's grid, toast and cards
// show it without a reload.
func TestEditingAStatusReachesTheDatabaseAndOthers(t *testing.T) {
	srv, db := serve(t)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	ga, gb := grid(t, a), grid(t, b)
	rows := a.GridRows(ga)
	if len(rows) != 50 {
		t.Fatalf("the grid shows %d orders", len(rows))
	}
	// The newest open order.
	var id any
	for _, r := range rows {
		if r["status"] == "new" || r["status"] == "processing" {
			id = r["id"]
			break
		}
	}
	if id == nil {
		t.Fatal("no open order among the latest")
	}
	openBefore := query[int](t, db, `SELECT COUNT(*) FROM orders WHERE status IN ('new', 'processing')`)
	a.EditCell(ga, id, "status", "shipped")

	if got := query[string](t, db, `SELECT status FROM orders WHERE id = ?`, id); got != "shipped" {
		t.Errorf("the database has %q", got)
	}
	toast := fmt.Sprintf("Order %v is now shipped", id)
	if !slices.Contains(a.Toasts(), toast) {
		t.Errorf("the editor's toasts: %q", a.Toasts())
	}
	// (The editor's grid has the edit from AG Grid itself; jptest's
	// EditCell does not play that part, so it is not checked here.)
	b.WaitUntil("the edit in the other grid", func() bool { return b.GridRow(gb, id)["status"] == "shipped" })
	b.WaitUntil("the toast on the other page", func() bool { return slices.Contains(b.Toasts(), toast) })
	want := fmt.Sprint(openBefore - 1)
	b.WaitUntil("open orders "+want, func() bool { return b.ByID("kpi-open").Text == want })
	if got := a.ByID("kpi-open").Text; got != want {
		t.Errorf("the editor's open orders: %s, want %s", got, want)
	}
}

// A status that is none is refused: the database keeps the old one and
// the grid shows it again.
func TestAStatusThatIsNoneGoesBack(t *testing.T) {
	srv, db := serve(t)
	p := srv.Open("/")
	g := grid(t, p)
	row := p.GridRows(g)[0]
	p.EditCell(g, row["id"], "status", "lost")
	if got := query[string](t, db, `SELECT status FROM orders WHERE id = ?`, row["id"]); got != row["status"] {
		t.Errorf("the database has %q, was %q", got, row["status"])
	}
	if got := p.GridRow(g, row["id"])["status"]; got != row["status"] {
		t.Errorf("the grid shows %v, was %v", got, row["status"])
	}
	if got := p.Toasts(); !slices.Equal(got, []string{`"lost" is not a status`}) {
		t.Errorf("toasts %q", got)
	}
}

// The region select filters the grid, the chart and the cards.
func TestRegionFiltersGridAndChart(t *testing.T) {
	srv, db := serve(t)
	p := srv.Open("/")
	g := grid(t, p)
	all := rate(t, p)
	p.Select(p.ByLabel("Region"), "eu")

	rows := p.GridRows(g)
	if len(rows) != 50 {
		t.Fatalf("%d rows for Europe", len(rows))
	}
	newest := query[int64](t, db, `SELECT MAX(id) FROM orders WHERE region = 'Europe'`)
	for _, r := range rows {
		if r["region"] != "Europe" {
			t.Fatalf("a row of %v", r["region"])
		}
	}
	if !slices.ContainsFunc(rows, func(r map[string]any) bool { return r["id"] == float64(newest) }) {
		t.Errorf("the newest order of Europe, %d, is not shown", newest)
	}
	title := p.ChartOptions(echart(t, p))["title"].(map[string]any)["text"]
	if title != "Orders per minute, Europe" {
		t.Errorf("chart title %v", title)
	}
	eu := rate(t, p)
	if len(eu) != 300 || len(all) != 300 {
		t.Fatalf("%d points for Europe, %d for all", len(eu), len(all))
	}
	// Each point is Europe's orders of the minute up to it.
	var sumEU, sumAll int
	for i := 0; i < len(eu); i += 37 {
		ms, n := point(t, eu[i])
		want := query[int](t, db, `SELECT COUNT(*) FROM orders WHERE region = 'Europe' AND created_at > ? AND created_at <= ?`, ms-60_000, ms)
		if n != want {
			t.Errorf("point %d at %d: %d orders, the database has %d", i, ms, n, want)
		}
		_, na := point(t, all[i])
		sumEU, sumAll = sumEU+n, sumAll+na
	}
	if sumEU == 0 || sumEU >= sumAll {
		t.Errorf("Europe's points add up to %d, all regions' to %d", sumEU, sumAll)
	}
	want := query[int](t, db, `SELECT COUNT(*) FROM orders WHERE region = 'Europe' AND status IN ('new', 'processing')`)
	if got := p.ByID("kpi-open").Text; got != fmt.Sprint(want) {
		t.Errorf("open orders in Europe: %s, want %d", got, want)
	}

	p.Select(p.ByLabel("Region"), "all")
	regions := map[any]bool{}
	for _, r := range p.GridRows(g) {
		regions[r["region"]] = true
	}
	if len(regions) < 2 {
		t.Errorf("all regions show %v", regions)
	}
}

// The chart gets a point each tick, sent as just that point, and keeps
// its window.
func TestChartGetsPointsOverTime(t *testing.T) {
	srv, _ := serve(t, withTick(20*time.Millisecond))
	p := srv.Open("/")
	first, _ := point(t, rate(t, p)[299])
	appends := func() int {
		n := 0
		for _, c := range p.Calls() {
			if c.Method == "jpAppend" {
				n++
			}
		}
		return n
	}
	p.WaitUntil("three points appended", func() bool { return appends() >= 3 })
	data := rate(t, p)
	if len(data) != 300 {
		t.Errorf("%d points, window 300", len(data))
	}
	last, _ := point(t, data[len(data)-1])
	if last <= first {
		t.Errorf("the last point is at %d, was at %d", last, first)
	}
	for i := 1; i < len(data); i++ {
		a, _ := point(t, data[i-1])
		b, _ := point(t, data[i])
		if b <= a {
			t.Fatalf("points %d and %d out of order: %d, %d", i-1, i, a, b)
		}
	}
}

// With the feed on, new orders reach every open page's grid and figures.
func TestNewOrdersReachEveryPage(t *testing.T) {
	srv, db := serve(t, withFeed(20*time.Millisecond))
	before := query[int64](t, db, `SELECT MAX(id) FROM orders`)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	for _, p := range []*jptest.Page{a, b} {
		g := grid(t, p)
		p.WaitUntil("a new order", func() bool {
			return slices.ContainsFunc(p.GridRows(g), func(r map[string]any) bool { return r["id"].(float64) > float64(before) })
		})
		if n := len(p.GridRows(g)); n != 50 {
			t.Errorf("the grid shows %d orders", n)
		}
	}
	if after := query[int64](t, db, `SELECT MAX(id) FROM orders`); after <= before {
		t.Errorf("no order added: %d, %d", before, after)
	}
}

func TestDarkSwitch(t *testing.T) {
	srv, _ := serve(t)
	p := srv.Open("/")
	dark := p.ByText("Dark mode")
	p.Check(dark, true)
	if !p.Dark() {
		t.Error("the switch did not darken the page")
	}
	p.Check(dark, false)
	if p.Dark() {
		t.Error("the switch did not lighten the page")
	}
}

// The generated orders are the same for the same start, and span two
// weeks up to it.
func TestGeneratedDataIsDeterministic(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	dump := func() string {
		db, err := openDB(filepath.Join(t.TempDir(), "d.db"), now)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rows, err := db.Query(`SELECT id, created_at, customer, region, product, quantity, amount, status FROM orders ORDER BY id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var b strings.Builder
		for rows.Next() {
			var o order
			var ms int64
			if err := rows.Scan(&o.ID, &ms, &o.Customer, &o.Region, &o.Product, &o.Quantity, &o.Amount, &o.Status); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, o.ID, ms, o.Customer, o.Region, o.Product, o.Quantity, o.Amount, o.Status)
		}
		return b.String()
	}
	a, b := dump(), dump()
	if a != b {
		t.Fatal("two databases made for the same time differ")
	}
	lines := strings.Split(strings.TrimSpace(a), "\n")
	if len(lines) < 3000 {
		t.Errorf("%d orders", len(lines))
	}
	var firstMS, lastMS int64
	fmt.Sscan(strings.Fields(lines[0])[1], &firstMS)
	fmt.Sscan(strings.Fields(lines[len(lines)-1])[1], &lastMS)
	if span := time.UnixMilli(lastMS).Sub(time.UnixMilli(firstMS)); span < 13*24*time.Hour || lastMS >= now.UnixMilli() {
		t.Errorf("the orders span %v, the last at %v", span, time.UnixMilli(lastMS))
	}
}
