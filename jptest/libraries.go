package jptest

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/grid"
)

// Charts and grids as the browser has them: what the server set when the
// element was built, with the calls made since applied as the adapters
// apply them (static/adapters).

// ChartOptions are the options a chart (<jp-echart>) shows now: a
// top-level key as last sent, appended points included.
func (p *Page) ChartOptions(n *Node) map[string]any {
	p.t().Helper()
	p.mustBeTag(n, chart.Tag)
	opts := map[string]any{}
	if o, ok := n.Prop("options").(map[string]any); ok {
		opts = clone(o["v"]).(map[string]any)
	}
	for _, c := range p.callsOn(n) {
		switch c.Method {
		case "jpSetOption":
			if part, ok := clone(arg(c.Args, 0)).(map[string]any); ok {
				if v, ok := part["v"].(map[string]any); ok {
					for k, x := range v {
						opts[k] = x
					}
				}
			}
		case "jpAppend":
			id, _ := arg(c.Args, 0).(string)
			points, _ := clone(arg(c.Args, 1)).([]any)
			window, _ := arg(c.Args, 2).(float64)
			series, _ := opts["series"].([]any)
			for _, s := range series {
				if m, ok := s.(map[string]any); ok && m["id"] == id {
					data, _ := m["data"].([]any)
					data = append(data, points...)
					if window > 0 && len(data) > int(window) {
						data = data[len(data)-int(window):]
					}
					m["data"] = data
				}
			}
		}
	}
	return opts
}

// ClickPoint clicks point i of the chart's series (found by its id or its
// name), as ECharts reports a click on it: chart:click with seriesName,
// seriesId, the point's category name, dataIndex and value.
func (p *Page) ClickPoint(n *Node, series string, i int) {
	p.t().Helper()
	opts := p.ChartOptions(n)
	list, _ := opts["series"].([]any)
	for si, s := range list {
		m, _ := s.(map[string]any)
		if m == nil || m["id"] != series && m["name"] != series {
			continue
		}
		data, _ := m["data"].([]any)
		if i < 0 || i >= len(data) {
			p.t().Fatalf("jptest: series %q has no point %d", series, i)
		}
		d := map[string]any{"componentType": "series", "seriesType": m["type"], "seriesIndex": si, "seriesName": m["name"],
			"seriesId": m["id"], "dataIndex": i, "value": data[i], "name": category(opts, i, data[i]), "type": "click"}
		if pt, ok := data[i].(map[string]any); ok {
			d["value"], d["name"] = pt["value"], pt["name"]
		}
		p.Dispatch(n, "chart:click", d)
		return
	}
	p.t().Fatalf("jptest: the chart has no series %q", series)
}

// category is the x axis's category of point i, as ECharts names it.
func category(opts map[string]any, i int, point any) any {
	for _, key := range []string{"xAxis", "yAxis"} {
		axis := opts[key]
		if list, ok := axis.([]any); ok && len(list) > 0 {
			axis = list[0]
		}
		if m, ok := axis.(map[string]any); ok {
			if cats, ok := m["data"].([]any); ok && i < len(cats) {
				return cats[i]
			}
		}
	}
	return ""
}

// GridRows are the rows a grid (<jp-aggrid>) has now, in the order it
// got them: the rows it was built with, with the transactions since
// applied.
func (p *Page) GridRows(n *Node) []map[string]any {
	p.t().Helper()
	p.mustBeTag(n, grid.Tag)
	o, _ := n.Prop("options").(map[string]any)
	id, _ := o["rowId"].(string)
	var rows []map[string]any
	addRows := func(list any) {
		l, _ := clone(list).([]any)
		for _, r := range l {
			if m, ok := r.(map[string]any); ok {
				rows = append(rows, m)
			}
		}
	}
	addRows(o["rowData"])
	key := func(r map[string]any) string { return fmt.Sprint(r[id]) }
	// The person's edits are the grid's own, before anything the server
	// sent after them; calls made since apply on top.
	type step struct {
		call *callJSON
		edit *cellEdit
	}
	var steps []step
	calls := p.callsOn(n)
	ci := 0
	for i := range p.edits {
		e := &p.edits[i]
		if e.ref != n.Ref {
			continue
		}
		for ; ci < len(calls) && ci < e.after; ci++ {
			steps = append(steps, step{call: &calls[ci]})
		}
		steps = append(steps, step{edit: e})
	}
	for ; ci < len(calls); ci++ {
		steps = append(steps, step{call: &calls[ci]})
	}
	for _, st := range steps {
		if e := st.edit; e != nil {
			for _, r := range rows {
				if key(r) == e.row {
					r[e.column] = e.value
				}
			}
			continue
		}
		c := *st.call
		switch c.Method {
		case "jpSetOption":
			if arg(c.Args, 0) == "rowData" {
				rows = nil
				addRows(arg(c.Args, 1))
			}
		case "jpTransaction":
			tx, _ := arg(c.Args, 0).(map[string]any)
			if rm, ok := tx["remove"].([]any); ok {
				for _, r := range rm {
					gone := key(r.(map[string]any))
					rows = slices.DeleteFunc(rows, func(x map[string]any) bool { return key(x) == gone })
				}
			}
			if up, ok := clone(tx["update"]).([]any); ok {
				for _, r := range up {
					m := r.(map[string]any)
					for i := range rows {
						if key(rows[i]) == key(m) {
							rows[i] = m
						}
					}
				}
			}
			addRows(tx["add"])
		}
	}
	return rows
}

// GridRow is the grid's row with the id, or nil.
func (p *Page) GridRow(n *Node, rowID any) map[string]any {
	p.t().Helper()
	o, _ := n.Prop("options").(map[string]any)
	id, _ := o["rowId"].(string)
	for _, r := range p.GridRows(n) {
		if fmt.Sprint(r[id]) == fmt.Sprint(rowID) {
			return r
		}
	}
	return nil
}

// ClickCell clicks a grid's cell, as AG Grid reports it: grid:cellClicked
// with rowId, column and value.
func (p *Page) ClickCell(n *Node, rowID any, column string) {
	p.t().Helper()
	r := p.mustRow(n, rowID)
	p.Dispatch(n, "grid:cellClicked", map[string]any{"rowId": fmt.Sprint(rowID), "column": column, "value": r[column]})
}

// EditCell types value into a grid's cell, as AG Grid reports an edit:
// the row changes in the browser, then grid:cellValueChanged with rowId,
// column, oldValue and newValue.
func (p *Page) EditCell(n *Node, rowID any, column string, value any) {
	p.t().Helper()
	r := p.mustRow(n, rowID)
	old := r[column]
	p.edits = append(p.edits, cellEdit{ref: n.Ref, row: fmt.Sprint(rowID), column: column, value: clone(value), after: len(p.callsOn(n))})
	p.Dispatch(n, "grid:cellValueChanged", map[string]any{"rowId": fmt.Sprint(rowID), "column": column, "oldValue": old, "newValue": value})
}

// SelectRows selects a grid's rows, as a person ticking them does: a
// grid:rowSelected for each, then grid:selectionChanged with them all.
func (p *Page) SelectRows(n *Node, rowIDs ...any) {
	p.t().Helper()
	var ids []any
	for _, id := range rowIDs {
		p.mustRow(n, id)
		ids = append(ids, fmt.Sprint(id))
		p.Dispatch(n, "grid:rowSelected", map[string]any{"rowId": fmt.Sprint(id), "selected": true})
	}
	p.Dispatch(n, "grid:selectionChanged", map[string]any{"selected": ids})
}

func (p *Page) mustRow(n *Node, rowID any) map[string]any {
	p.t().Helper()
	r := p.GridRow(n, rowID)
	if r == nil {
		p.t().Fatalf("jptest: the grid has no row %v", rowID)
	}
	return r
}

func (p *Page) mustBeTag(n *Node, tag string) {
	p.t().Helper()
	if n == nil || n.Tag != tag {
		p.t().Fatalf("jptest: not a <%s>", tag)
	}
}

// callsOn are the calls made on n, in order, as plain JSON values.
func (p *Page) callsOn(n *Node) []callJSON {
	var out []callJSON
	for _, c := range p.calls {
		if c.ID != n.Ref {
			continue
		}
		var args []any
		b, _ := json.Marshal(c.Args)
		json.Unmarshal(b, &args)
		out = append(out, callJSON{Method: c.Method, Args: args})
	}
	return out
}

// cellEdit is an edit EditCell made in a grid, after its first calls.
type cellEdit struct {
	ref, row, column string
	value            any
	after            int
}

type callJSON struct {
	Method string
	Args   []any
}

func arg(args []any, i int) any {
	if i < len(args) {
		return args[i]
	}
	return nil
}

// clone copies a JSON value, so that what the page was sent stays as sent.
func clone(v any) any {
	b, _ := json.Marshal(v)
	var out any
	json.Unmarshal(b, &out)
	return out
}
