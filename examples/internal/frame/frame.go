// Package frame stands in, for the grid examples and custom_components'
// grid_test, for what JustPy takes from pandas and from its pandas
// extension: the data sets it downloads as CSV files (made up here,
// deterministic, with the same columns: no network), a grid of a frame
// with load_pandas_frame's columns (df.jp.ag_grid), reading the grid's CSV
// back (jp.read_csv_from_string) and a column chart of a frame
// (df.jp.plot), drawn by ECharts instead of Highcharts.
package frame

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/grid"
)

// AgGrid is df.jp.ag_grid(): a grid of rows (a slice of structs, a frame's
// rows) with the columns JustPy's load_pandas_frame gives a frame.
func AgGrid(rows any, opts ...component.Opt) *grid.AgGrid {
	g := grid.New(nil, opts...)
	Load(g, rows)
	return g
}

// Load is load_pandas_frame: it replaces g's rows and columns. A column
// is a field of the rows, headed as AG Grid heads a field, with a number
// filter when its values are numbers and AG Grid's text filter otherwise.
func Load(g *grid.AgGrid, rows any) {
	g.Columns = nil
	if err := g.SetRows(rows); err != nil {
		panic(err) // the examples' own data
	}
	var first grid.M
	if r := g.Rows(); len(r) > 0 {
		first = r[0]
	}
	for _, c := range g.Columns {
		field, _ := c["field"].(string)
		c["headerName"] = HeaderOf(field)
		c["filter"] = true
		if _, ok := first[field].(float64); ok {
			c["filter"] = "agNumberColumnFilter"
		}
	}
}

var (
	lowerUpper = regexp.MustCompile(`([a-z])([A-Z])`)
	capsWord   = regexp.MustCompile(`([A-Z]+)([A-Z])([a-z])`)
)

// HeaderOf is the header AG Grid shows for a field that has no headerName
// ("Year", "Beer_servings"): camel case split into words, dots as spaces,
// each word capitalised.
func HeaderOf(field string) string {
	s := capsWord.ReplaceAllString(lowerUpper.ReplaceAllString(field, "$1 $2"), "$1 $2$3")
	words := strings.Split(strings.ReplaceAll(s, ".", " "), " ")
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// Table is a frame as CSV has it: a header and rows of text.
type Table struct {
	Header []string
	Rows   [][]string
}

// TableOf is a grid's rows as the server has them, headed as the grid
// heads its columns: what AG Grid's getDataAsCsv gives before the person
// sorts or filters.
func TableOf(g *grid.AgGrid) Table {
	var t Table
	for _, c := range g.Columns {
		h, _ := c["headerName"].(string)
		t.Header = append(t.Header, h)
	}
	for _, r := range g.Rows() {
		row := make([]string, len(g.Columns))
		for i, c := range g.Columns {
			field, _ := c["field"].(string)
			row[i] = text(r[field])
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// Of is the table of rows (df), as a grid of them would show it.
func Of(rows any) Table { return TableOf(AgGrid(rows)) }

func text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case string:
		return x
	}
	return fmt.Sprint(v)
}

// ReadCSV reads the CSV AG Grid exports (jp.read_csv_from_string).
func ReadCSV(s string) (Table, error) {
	records, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil || len(records) == 0 {
		return Table{}, err
	}
	return Table{Header: records[0], Rows: records[1:]}, nil
}

// PlotOptions are df.jp.plot's keywords.
type PlotOptions struct {
	Kind     string // "column" (bars, the default) or "line"
	Stacking string // "normal" stacks the series
	Title    string
	Subtitle string
}

// Plot is df.jp.plot(x, ys, ...) as ECharts options: the values of column
// x along the axis, a series for each column of ys, named by its header.
func Plot(t Table, x int, ys []int, o PlotOptions) chart.M {
	kind := "bar"
	if o.Kind == "line" {
		kind = "line"
	}
	categories := make([]string, len(t.Rows))
	for i, r := range t.Rows {
		categories[i] = r[x]
	}
	series := make([]chart.M, 0, len(ys))
	for _, y := range ys {
		data := make([]any, len(t.Rows))
		for i, r := range t.Rows {
			if f, err := strconv.ParseFloat(r[y], 64); err == nil {
				data[i] = f
			}
		}
		s := chart.M{"name": t.Header[y], "type": kind, "data": data}
		if o.Stacking != "" {
			s["stack"] = o.Stacking
		}
		series = append(series, s)
	}
	return chart.M{
		"animation": false,
		"title":     chart.M{"text": o.Title, "subtext": o.Subtitle},
		"tooltip":   chart.M{"trigger": "axis"},
		"legend":    chart.M{"bottom": 0, "type": "scroll"},
		"grid":      chart.M{"top": 70, "bottom": 120},
		"xAxis":     chart.M{"type": "category", "data": categories, "axisLabel": chart.M{"rotate": 45}},
		"yAxis":     chart.M{"type": "value"},
		"series":    series,
	}
}

// RowText is a row as msg.data prints in JustPy: each column's field and
// value, in the grid's column order ({"make": "Ford", "price": 32000}).
func RowText(g *grid.AgGrid, id any) string {
	r := g.Row(id)
	if r == nil {
		return ""
	}
	var b bytes.Buffer
	b.WriteByte('{')
	for i, c := range g.Columns {
		field, _ := c["field"].(string)
		if i > 0 {
			b.WriteString(", ")
		}
		k, _ := json.Marshal(field)
		v, _ := json.Marshal(r[field])
		b.Write(k)
		b.WriteString(": ")
		b.Write(v)
	}
	b.WriteByte('}')
	return b.String()
}

// round keeps two decimals, as the tutorial's .round(2).
func round(f float64) float64 { return math.Round(f*100) / 100 }
