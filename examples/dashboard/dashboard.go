package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strconv"
	"sync"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

// dashboard is what every page shows: the orders in the database, and two
// topics that keep the pages in step with them.
type dashboard struct {
	db     *sql.DB
	tick   time.Duration // how often the chart gets a point
	feed   time.Duration // how often, about, an order comes in; 0 for never
	window int           // points the chart keeps
	rows   int           // orders the grid shows

	changes jp.Topic[change]   // an order came in or changed
	stats   jp.Topic[snapshot] // the figures, every tick and after an edit

	mu    sync.Mutex
	pages int                // pages showing the dashboard
	stop  context.CancelFunc // stops the live goroutine, while pages > 0
	rnd   *rand.Rand

	live sync.WaitGroup // the live goroutine, while it runs
}

// change is an order that came in (Status "") or changed its status.
type change struct {
	ID     int64
	Region string
	Status string
	By     *jp.WebPage // the page of the person who changed it; nil for the feed
}

// snapshot is what the figures are at At: the KPIs and the orders of the
// last minute, by region name ("" for all regions). Point says whether the
// chart takes it as a new point (a tick), or only the cards (an edit).
type snapshot struct {
	At    time.Time
	KPIs  map[string]kpis
	Rate  map[string]int
	Point bool
}

// option changes a dashboard's defaults: the showcase's, for main.
type option func(*dashboard)

// withFeed sets how often, about, the generator adds an order (0: never).
func withFeed(every time.Duration) option { return func(d *dashboard) { d.feed = every } }

// withTick sets how often the chart gets a point.
func withTick(every time.Duration) option { return func(d *dashboard) { d.tick = every } }

// newApp serves the dashboard of the orders in db at "/" (?region=eu
// filters it).
func newApp(cfg jp.Config, db *sql.DB, opts ...option) *jp.App {
	d := &dashboard{db: db, tick: time.Second, feed: time.Second, window: 300, rows: 50, rnd: rand.New(rand.NewPCG(7, 2026))}
	for _, o := range opts {
		o(d)
	}
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", d.page)
	return app
}

const css = `
html.dark body { background: #111827; color: #e5e7eb; }
.kpi { font-size: 2rem; font-weight: 600; }
`

// page is one person's dashboard: its region, its chart and grid.
func (d *dashboard) page(r *jp.Request) (*jp.WebPage, error) {
	ctx := r.Context()
	code := r.QueryParams.Get("region")
	name := regionName(code)
	if name == "" {
		code = "all"
	}

	wp := jp.NewWebPage()
	wp.Title = "Orders dashboard"
	wp.CSS = css
	body := jp.Div(jp.Classes("p-4 flex flex-col gap-4"), jp.In(wp))

	head := jp.Div(jp.Classes("flex flex-wrap items-end gap-6"), jp.In(body))
	jp.H1(jp.Text("Orders"), jp.Classes("text-3xl font-bold flex-1"), jp.In(head))
	pick := wa.Select(wa.Label("Region"), jp.Value(code), jp.Style("min-width: 14rem"), jp.In(head))
	wa.Option(jp.Value("all"), jp.Text("All regions"), jp.In(pick))
	for _, rg := range regions {
		wa.Option(jp.Value(rg.code), jp.Text(rg.name), jp.In(pick))
	}
	dark := wa.Switch(jp.Text("Dark mode"), jp.In(head))
	dark.On("change", func(self *jp.Element, msg *jp.Msg) error {
		msg.Page.Dark = msg.Checked
		return nil
	})

	// The cards.
	cards := jp.Div(jp.Classes("grid grid-cols-1 md:grid-cols-3 gap-4"), jp.In(body))
	card := func(title, id string) *jp.Element {
		c := wa.Card(wa.WithHeader(), jp.In(cards))
		jp.Div(jp.Text(title), jp.Attr("slot", "header"), jp.In(c))
		return jp.Div(jp.ID(id), jp.Classes("kpi"), jp.In(c))
	}
	today, revenue, open := card("Orders today", "kpi-today"), card("Revenue today", "kpi-revenue"), card("Open orders", "kpi-open")
	showKPIs := func(k kpis) {
		today.Text, revenue.Text, open.Text = k.todayText(), k.revenueText(), k.openText()
	}

	// The chart: orders in the minute up to each tick.
	now := time.Now()
	points, err := perMinute(ctx, d.db, name, d.ticksUpTo(now))
	if err != nil {
		return nil, err
	}
	c := jp.EChart(jp.M{
		"animation": false,
		"title":     jp.M{"text": chartTitle(name), "left": "center", "textStyle": jp.M{"fontSize": 14}},
		"tooltip":   jp.M{"trigger": "axis"},
		"grid":      jp.M{"left": 48, "right": 24, "top": 40, "bottom": 32},
		"xAxis":     jp.M{"type": "time"},
		"yAxis":     jp.M{"type": "value", "minInterval": 1},
		"series":    []jp.M{rateSeries(points)},
	}, jp.Style("display:block;height:300px"), jp.In(body))
	last := now // the chart's latest point

	// The grid of the latest orders, whose status a person may change.
	g := jp.AgGrid(nil, jp.Style("display:block;height:440px"), jp.In(body))
	g.Columns = []jp.M{
		{"field": "id", "headerName": "Order", "sort": "desc", "width": 100},
		{"field": "time", "headerName": "Time", "width": 110},
		{"field": "customer", "headerName": "Customer", "flex": 1},
		{"field": "region", "headerName": "Region", "width": 150},
		{"field": "product", "headerName": "Product", "flex": 1},
		{"field": "quantity", "headerName": "Qty", "width": 80},
		{"field": "amount", "headerName": "Amount ($)", "width": 120},
		{"field": "status", "headerName": "Status", "width": 140, "editable": true,
			"cellEditor": "agSelectCellEditor", "cellEditorParams": jp.M{"values": statuses}},
	}
	showRows := func(ctx context.Context) error {
		rows, err := latest(ctx, d.db, name, d.rows)
		if err != nil {
			return err
		}
		return g.SetRows(rows)
	}
	if err := showRows(ctx); err != nil {
		return nil, err
	}
	k, err := allKPIs(ctx, d.db, now)
	if err != nil {
		return nil, err
	}
	showKPIs(k[name])

	g.On("cellValueChanged", func(self *jp.Element, msg *jp.Msg) error {
		detail, _ := msg.Detail.(map[string]any)
		if detail["column"] != "status" {
			return nil
		}
		rowID, _ := detail["rowId"].(string)
		status, _ := detail["newValue"].(string)
		row := g.Row(rowID)
		back := func(why string) {
			if row != nil {
				row["status"] = detail["oldValue"] // the grid shows it again
			}
			wa.Notify(msg.Page, why, wa.Notice{Variant: "danger"})
		}
		id, err := strconv.ParseInt(rowID, 10, 64)
		if err != nil || row == nil {
			back("No such order")
			return nil
		}
		if !validStatus(status) {
			back(fmt.Sprintf("%q is not a status", status))
			return nil
		}
		switch ok, err := setStatus(wp.Context(), d.db, id, status); {
		case err != nil:
			slog.Error("dashboard: saving a status", "order", id, "err", err)
			back(fmt.Sprintf("Order %d could not be saved", id))
			return nil
		case !ok:
			back(fmt.Sprintf("Order %d is gone", id))
			return nil
		}
		wa.Notify(msg.Page, fmt.Sprintf("Order %d is now %s", id, status), wa.Notice{Variant: "success"})
		region, _ := row["region"].(string)
		d.changes.Publish(change{ID: id, Region: region, Status: status, By: msg.Page})
		d.publish(false)
		return nil
	})

	// showChart draws the region's chart afresh: a new series, sent as
	// that option alone.
	showChart := func(now time.Time) error {
		points, err := perMinute(wp.Context(), d.db, name, d.ticksUpTo(now))
		if err != nil {
			return err
		}
		c.Options["series"] = []jp.M{rateSeries(points)}
		c.Options["title"] = jp.M{"text": chartTitle(name), "left": "center", "textStyle": jp.M{"fontSize": 14}}
		last = now
		return nil
	}
	pick.On("change", func(self *jp.Element, msg *jp.Msg) error {
		name = regionName(msg.Value)
		now := time.Now()
		if err := showChart(now); err != nil {
			return err
		}
		k, err := allKPIs(wp.Context(), d.db, now)
		if err != nil {
			return err
		}
		showKPIs(k[name])
		return showRows(wp.Context())
	})

	// While no browser has the page (before the first connects, or after
	// it dropped), the chart and the grid wait, and catch up once one is
	// back: their updates made meanwhile would reach it twice, in the
	// whole state it is sent when it joins and again as the calls that
	// waited for it (package page, WebPage.join: fullSync, then the
	// calls that waited).
	stale := false
	away := func() bool {
		if wp.Connections() == 0 {
			stale = true
			return true
		}
		if stale {
			stale = false
			if err := showChart(time.Now()); err != nil {
				slog.Error("dashboard: reading the chart", "err", err)
			}
			if err := showRows(wp.Context()); err != nil {
				slog.Error("dashboard: reading orders", "err", err)
			}
			return true
		}
		return false
	}

	// What others do, and the ticks, shown on this page's goroutine.
	d.changes.Subscribe(wp, func(ch change) {
		if ch.Status != "" && ch.By != nil && ch.By != wp {
			wa.Notify(wp, fmt.Sprintf("Order %d is now %s", ch.ID, ch.Status), wa.Notice{})
		}
		if away() {
			return
		}
		if name == "" || ch.Region == name {
			if err := showRows(wp.Context()); err != nil {
				slog.Error("dashboard: reading orders", "err", err)
			}
		}
	})
	d.stats.Subscribe(wp, func(s snapshot) {
		showKPIs(s.KPIs[name])
		if away() {
			return
		}
		if s.Point && s.At.After(last) {
			c.Append("rate", []any{[]any{s.At.UnixMilli(), s.Rate[name]}}, d.window)
			last = s.At
		}
	})
	d.join(wp)
	return wp, nil
}

func chartTitle(regionName string) string {
	if regionName == "" {
		return "Orders per minute, all regions"
	}
	return "Orders per minute, " + regionName
}

func rateSeries(points []any) jp.M {
	return jp.M{"id": "rate", "name": "Orders per minute", "type": "line", "showSymbol": false,
		"areaStyle": jp.M{"opacity": 0.15}, "data": points}
}

// ticksUpTo are the chart's window of times, a tick apart, ending at now.
func (d *dashboard) ticksUpTo(now time.Time) []time.Time {
	at := make([]time.Time, d.window)
	for i := range at {
		at[i] = now.Add(-time.Duration(d.window-1-i) * d.tick)
	}
	return at
}

// join counts wp among the pages that show the dashboard until its
// Context ends; the first starts the live goroutine, the last to go
// stops it.
func (d *dashboard) join(wp *jp.WebPage) {
	d.mu.Lock()
	d.pages++
	if d.pages == 1 {
		ctx, cancel := context.WithCancel(context.Background())
		d.stop = cancel
		d.live.Go(func() { d.run(ctx) })
	}
	d.mu.Unlock()
	context.AfterFunc(wp.Context(), func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		d.pages--
		if d.pages == 0 {
			d.stop()
			d.stop = nil
		}
	})
}

// run publishes the figures every tick and, with a feed, adds an order
// every feed or so, until ctx ends.
func (d *dashboard) run(ctx context.Context) {
	tick := time.NewTicker(d.tick)
	defer tick.Stop()
	var feed <-chan time.Time
	var timer *time.Timer
	if d.feed > 0 {
		timer = time.NewTimer(d.nextFeed())
		defer timer.Stop()
		feed = timer.C
	}
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			d.publish(true)
		case <-feed:
			if err := d.newOrder(ctx); err != nil && ctx.Err() == nil {
				slog.Error("dashboard: the feed", "err", err)
			}
			timer.Reset(d.nextFeed())
		}
	}
}

// nextFeed is the time to the next order: feed, give or take a half.
func (d *dashboard) nextFeed() time.Duration {
	d.mu.Lock()
	defer d.mu.Unlock()
	return time.Duration(float64(d.feed) * (0.5 + d.rnd.Float64()))
}

// newOrder adds an order, as a shop would, and now and then moves an
// open one on.
func (d *dashboard) newOrder(ctx context.Context) error {
	d.mu.Lock()
	o := randomOrder(d.rnd, time.Now())
	moveOn := d.rnd.IntN(4) == 0
	d.mu.Unlock()
	id, err := insertOrder(ctx, d.db, o)
	if err != nil {
		return err
	}
	d.changes.Publish(change{ID: id, Region: o.Region})
	if moveOn {
		var ch change
		var status string
		err := d.db.QueryRowContext(ctx, `SELECT id, region, status FROM orders WHERE status IN ('new', 'processing') AND id != ? ORDER BY RANDOM() LIMIT 1`, id).
			Scan(&ch.ID, &ch.Region, &status)
		if err == sql.ErrNoRows {
			return nil
		} else if err != nil {
			return err
		}
		ch.Status = map[string]string{"new": "processing", "processing": "shipped"}[status]
		if _, err := setStatus(ctx, d.db, ch.ID, ch.Status); err != nil {
			return err
		}
		d.changes.Publish(ch)
	}
	return nil
}

// publish sends every page the figures as they are now; point says
// whether the chart takes them as a point.
func (d *dashboard) publish(point bool) {
	s, err := d.snapshot(context.Background(), time.Now())
	if err != nil {
		slog.Error("dashboard: reading the figures", "err", err)
		return
	}
	s.Point = point
	d.stats.Publish(s)
}

func (d *dashboard) snapshot(ctx context.Context, now time.Time) (snapshot, error) {
	k, err := allKPIs(ctx, d.db, now)
	if err != nil {
		return snapshot{}, err
	}
	rate := map[string]int{}
	rows, err := d.db.QueryContext(ctx, `SELECT region, COUNT(*) FROM orders WHERE created_at > ? AND created_at <= ? GROUP BY region`,
		now.Add(-time.Minute).UnixMilli(), now.UnixMilli())
	if err != nil {
		return snapshot{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return snapshot{}, err
		}
		rate[name] = n
		rate[""] += n
	}
	return snapshot{At: now, KPIs: k, Rate: rate}, rows.Err()
}
