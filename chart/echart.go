package chart

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"maps"
	"reflect"
	"slices"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// Tag is the chart's custom element.
const Tag = "jp-echart"

// M is a JSON object of options, for writing them as Go literals.
type M = map[string]any

// JS is JavaScript source that the chart turns into a function where the
// options hold it (a formatter: chart.JS("p => p.value + ' °C'")): the only
// way code reaches the browser through options.
type JS string

// EChart is an ECharts chart. Assign its Options' top-level keys as a
// handler would any field (c.Options["title"] = chart.M{"text": "CPU"}):
// the next update sends the keys that changed.
type EChart struct {
	*component.Element
	// Options are ECharts' options (https://echarts.apache.org/en/option.html).
	Options M

	sent map[string][]byte  // each key's JSON as browsers have it
	fns  map[string][][]any // where each key's value holds JS values
}

// New returns a chart with options; opts apply to its element (give it a
// height: jp.Style("height: 300px")).
func New(options M, opts ...component.Opt) *EChart {
	if options == nil {
		options = M{}
	}
	c := &EChart{Options: options, sent: map[string][]byte{}, fns: map[string][][]any{}}
	c.Element = component.Make(c, Tag, append([]component.Opt{component.Style("display:block;height:300px")}, opts...)...)
	c.React()
	return c
}

// React sends the top-level keys whose value changed since the browsers
// were last sent them, and keeps the whole options for a browser that
// builds the chart afresh. The page calls it before each update.
func (c *EChart) React() {
	changed := M{}
	var fns [][]any
	for k, v := range c.Options {
		js, err := json.Marshal(v)
		if err != nil {
			slog.Warn("justgo: a chart option JSON cannot carry", "key", k, "err", err)
			continue
		}
		if old, ok := c.sent[k]; ok && bytes.Equal(old, js) {
			continue
		}
		c.sent[k] = js
		c.fns[k] = jsPaths(v, []any{k})
		changed[k] = json.RawMessage(js)
		fns = append(fns, c.fns[k]...)
	}
	for k := range c.sent {
		if _, ok := c.Options[k]; !ok {
			delete(c.sent, k)
			delete(c.fns, k)
			changed[k] = nil // ECharts keeps a key left out: null clears it
		}
	}
	if len(changed) == 0 && c.BuildProps != nil {
		return
	}
	if c.BuildProps == nil {
		c.BuildProps = map[string]any{}
	} else if len(changed) > 0 {
		c.CallUpdate("jpSetOption", wrap(changed, fns))
	}
	c.BuildProps["options"] = built{c}
}

// built is the whole options as browsers have them, made when a page
// encodes the element for a browser that builds it.
type built struct{ c *EChart }

func (b built) MarshalJSON() ([]byte, error) {
	all := M{}
	var fns [][]any
	for _, k := range slices.Sorted(maps.Keys(b.c.sent)) {
		all[k] = json.RawMessage(b.c.sent[k])
		fns = append(fns, b.c.fns[k]...)
	}
	return json.Marshal(wrap(all, fns))
}

// Append adds points to the series whose "id" is seriesID and sends only
// them; window, when above 0, keeps that many of the latest points (the
// oldest go, in the browser too).
func (c *EChart) Append(seriesID string, points []any, window int) {
	series, _ := c.Options["series"].([]M)
	var found M
	for _, s := range series {
		if s["id"] == seriesID {
			found = s
		}
	}
	if found == nil {
		if list, ok := c.Options["series"].([]any); ok {
			for _, s := range list {
				if m, ok := s.(M); ok && m["id"] == seriesID {
					found = m
				}
			}
		}
	}
	if found == nil {
		slog.Warn("justgo: Append to a chart series that has no such id", "id", seriesID)
		return
	}
	data := anySlice(found["data"])
	data = append(data, points...)
	if window > 0 && len(data) > window {
		data = slices.Clone(data[len(data)-window:])
	}
	found["data"] = data
	if js, err := json.Marshal(c.Options["series"]); err == nil {
		c.sent["series"] = js // the browsers get the points, not the series again
	}
	c.CallUpdate("jpAppend", seriesID, points, window)
}

// anySlice is a series' data as []any, whatever slice it was given as.
func anySlice(v any) []any {
	if d, ok := v.([]any); ok {
		return d
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice {
		return nil
	}
	out := make([]any, rv.Len())
	for i := range out {
		out[i] = rv.Index(i).Interface()
	}
	return out
}

// On sets the handler for a chart event — "click" (on a point),
// "dblclick", "legendselectchanged", "datazoom", "selectchanged" — whose
// msg.Detail holds what ECharts says of it: seriesName, seriesId, name (the
// data's), dataIndex and value for a point; selected for the legend;
// start and end for a zoom.
func (c *EChart) On(event string, h component.Handler) { c.Element.On("chart:"+event, h) }

// wrap is an options value as the adapter takes it: the value and the
// paths of its JS functions.
func wrap(v M, fns [][]any) M {
	if fns == nil {
		fns = [][]any{}
	}
	return M{"v": v, "fn": fns}
}

// jsPaths lists where v holds JS values, as paths of keys and indexes.
func jsPaths(v any, at []any) [][]any {
	var out [][]any
	switch x := v.(type) {
	case JS:
		out = append(out, slices.Clone(at))
	case M:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			out = append(out, jsPaths(x[k], append(at, k))...)
		}
	case []M:
		for i, e := range x {
			out = append(out, jsPaths(e, append(at, i))...)
		}
	case []any:
		for i, e := range x {
			out = append(out, jsPaths(e, append(at, i))...)
		}
	}
	return out
}

var _ page.Reactor = (*EChart)(nil)
