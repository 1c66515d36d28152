// Package tooltip gives the ports of JustPy's tooltip programs JustPy's
// "tooltip" event: a tooltip whose HTML a Go handler computes when the
// person hovers over a point.
//
// ECharts, like Highcharts, computes tooltips in the browser, with a
// formatter function; JustPy's chart component replaces the formatter by
// one that shows "Loading...", sends the point to the server, and shows
// the HTML the Python handler sends back with tooltip_update. On does the
// same with ECharts' asynchronous formatter (formatter(params, ticket,
// callback)): the formatter, a chart.JS value, fires the custom event
// chart:tooltip on the chart with the point(s) as its detail and returns
// "Loading..."; the client debounces the event (JustPy's tooltip_debounce,
// 100 ms); the handler answers with Update, which calls the method
// jpTooltip that the formatter defined on the chart's element, and that
// method hands the HTML to ECharts' callback. A point already answered
// shows its tooltip again at once.
package tooltip

import (
	"encoding/json"
	"fmt"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/chart"
)

// Point is what JustPy's tooltip msg says of a point.
type Point struct {
	X           any    // the x value; on a category axis, the point's index
	Y           any    // the y value
	Category    string // the x axis's category (ECharts' name of the point)
	Color       string
	SeriesName  string
	SeriesIndex int
	PointIndex  int
}

// Msg is a tooltip event: the hovered point, for a tooltip of one point
// (ECharts' trigger "item"), or the x value and the points at it, for a
// shared or split one (trigger "axis").
type Msg struct {
	Point
	Points []Point
	Ticket string  // which tooltip asked; Update answers it
	Event  *jp.Msg // the event as it arrived
}

// Handler computes a tooltip and answers with Update: JustPy's tooltip
// formatter, async def f(self, msg).
type Handler func(self *chart.EChart, msg *Msg) error

type settings struct {
	fixed    bool
	x, y     int
	offset   bool
	debounce time.Duration
}

// Opt sets where the tooltip shows and how quickly it asks.
type Opt func(*settings)

// Offset places the tooltip x pixels right of the mouse and y pixels above
// it: JustPy's tooltip_x and tooltip_y. Without it ECharts places it.
func Offset(x, y int) Opt {
	return func(s *settings) { s.x, s.y, s.offset = x, y, true }
}

// Fixed places the tooltip at x, y in the chart: JustPy's tooltip_fixed.
func Fixed(x, y int) Opt {
	return func(s *settings) { s.x, s.y, s.fixed = x, y, true }
}

// Debounce sets how long the mouse must rest before the server is asked:
// JustPy's tooltip_debounce, 100 ms by default.
func Debounce(d time.Duration) Opt { return func(s *settings) { s.debounce = d } }

// On makes h compute the chart's tooltips: JustPy's chart.on('tooltip', h).
// It sets the tooltip's formatter (and position) in c.Options["tooltip"],
// keeping what else is there, so call it after setting the tooltip's
// trigger.
func On(c *chart.EChart, h Handler, opts ...Opt) {
	s := settings{debounce: 100 * time.Millisecond}
	for _, o := range opts {
		o(&s)
	}
	tip, _ := c.Options["tooltip"].(chart.M)
	if tip == nil {
		tip = chart.M{}
		c.Options["tooltip"] = tip
	}
	ref, _ := json.Marshal(`[data-jp="` + c.Ref() + `"]`)
	tip["formatter"] = chart.JS(fmt.Sprintf(formatter, ref))
	tip["confine"] = true // the answer may be wider than "Loading...": keep it in the chart
	switch {
	case s.fixed:
		tip["position"] = []int{s.x, s.y}
	case s.offset:
		tip["position"] = chart.JS(fmt.Sprintf("function (p) { return [p[0] + %d, p[1] - %d]; }", s.x, s.y))
	}
	c.Element.On("chart:tooltip", func(self *jp.Element, msg *jp.Msg) error {
		return h(c, parse(msg))
	}, jp.Debounce(s.debounce))
}

// Update shows tooltip, HTML, as the answer to msg: JustPy's
// tooltip_update. A split tooltip's is a list: the x value's HTML, then
// each series' (ECharts has no split tooltip: each shows as a box of its
// own in one tooltip).
func Update[T string | []string](self *chart.EChart, tooltip T, msg *Msg) error {
	self.Call("jpTooltip", msg.Ticket, tooltip)
	return nil
}

// formatter is ECharts' asynchronous tooltip formatter; %s is the CSS
// selector of the chart's element, as JSON.
const formatter = `function (params, ticket, callback) {
  var el = document.querySelector(%s);
  if (!el) return "";
  var list = [].concat(params);
  var key = list.map(function (p) { return p.seriesIndex + ":" + p.dataIndex; }).join(",");
  var tip = el.__jpTooltip;
  if (tip && tip.key === key) {
    tip.ticket = ticket;
    tip.callback = callback;
    return tip.html === null ? "Loading..." : tip.html;
  }
  el.__jpTooltip = { key: key, asked: ticket, ticket: ticket, callback: callback, html: null };
  el.jpTooltip = function (asked, html) {
    var tip = el.__jpTooltip;
    if (!tip || tip.asked !== asked) return;
    tip.html = Array.isArray(html) ? html.map(function (h) {
      return '<div style="border:1px solid #ccc;border-radius:4px;padding:2px 6px;margin:2px 0">' + h + '</div>';
    }).join("") : html;
    tip.callback(tip.ticket, tip.html);
  };
  function point(p) {
    var pair = Array.isArray(p.value);
    return { x: pair ? p.value[0] : p.dataIndex, y: pair ? p.value[1] : p.value, category: p.name, color: p.color,
      series_name: p.seriesName, series_index: p.seriesIndex, point_index: p.dataIndex };
  }
  // A shared tooltip has the points that have a value at x, as Highcharts'.
  var detail = Array.isArray(params) ? { x: list.length ? list[0].axisValue : null,
    points: list.map(point).filter(function (p) { return p.y != null && p.y !== "-"; }) } : point(params);
  detail.ticket = ticket;
  el.dispatchEvent(new CustomEvent("chart:tooltip", { detail: detail }));
  return "Loading...";
}`

// parse reads the detail the formatter sent.
func parse(m *jp.Msg) *Msg {
	d, _ := m.Detail.(map[string]any)
	msg := &Msg{Point: point(d), Event: m}
	msg.Ticket, _ = d["ticket"].(string)
	if list, ok := d["points"].([]any); ok {
		msg.X = d["x"]
		for _, p := range list {
			pm, _ := p.(map[string]any)
			msg.Points = append(msg.Points, point(pm))
		}
	}
	return msg
}

func point(d map[string]any) Point {
	p := Point{X: d["x"], Y: d["y"]}
	p.Category, _ = d["category"].(string)
	p.Color, _ = d["color"].(string)
	p.SeriesName, _ = d["series_name"].(string)
	si, _ := d["series_index"].(float64)
	pi, _ := d["point_index"].(float64)
	p.SeriesIndex, p.PointIndex = int(si), int(pi)
	return p
}
