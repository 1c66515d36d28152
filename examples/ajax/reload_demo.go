package ajax

import (
	"strconv"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// tick is the counter's pause; tests shorten it.
var tick = time.Second

// reloadDemo is JustPy's reload_demo: one page shown to every visitor
// (delete_flag=False), a counter a background task advances every second,
// and browsers without a websocket that ask for what changed every 2.5 s.
type reloadDemo struct {
	wp       *jp.WebPage
	countDiv *jp.Element
	counter  int
}

func newReloadDemo() *reloadDemo {
	d := &reloadDemo{wp: jp.NewWebPage()}
	d.wp.NoWebsockets = true // websockets=False
	d.wp.ReloadInterval = 2500 * time.Millisecond
	d.countDiv = jp.Div(jp.In(d.wp), jp.Classes("text-center m-4 p-4 text-white bg-blue-500"), jp.Style("font-size: 200px"))
	return d
}

func (d *reloadDemo) incrementCounter(start int) {
	d.counter = start
	for {
		d.wp.Do(func() { // the page's goroutine: its browsers get the change at their next ask
			d.counter++
			d.countDiv.Text = strconv.Itoa(d.counter)
		})
		time.Sleep(tick)
	}
}

func (d *reloadDemo) startCounting() { go d.incrementCounter(500) }

func (d *reloadDemo) reloadDemo(*jp.Request) *jp.WebPage { return d.wp }

// ReloadDemo is JustPy's reload_demo (tutorial: ajax).
var ReloadDemo = catalog.Example{Name: "reload_demo", Doc: "A counter a background task advances, which pages without a websocket fetch every 2.5 s", Source: "reload_demo.go",
	App: func(cfg jp.Config) *jp.App {
		d := newReloadDemo()
		d.startCounting() // startup=start_counting
		return catalog.Page(d.reloadDemo)(cfg)
	}}
