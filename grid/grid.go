package grid

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// Tag is the grid's custom element.
const Tag = "jp-aggrid"

// M is a JSON object: a row, a column definition, grid options.
type M = map[string]any

// AgGrid is a grid of rows. Change them with SetRows, Upsert and Remove, or
// in the maps Rows returns; the next update sends a transaction of what
// changed.
type AgGrid struct {
	*component.Element
	// Columns are AG Grid's column definitions ({"field": "name",
	// "headerName": "Name", "editable": true, ...}); changing them sends them.
	Columns []M
	// Options are AG Grid's other grid options (pagination,
	// rowSelection, ...); each that changes is sent alone.
	Options M
	// RowID is the field that identifies a row ("id" by default).
	RowID string

	rows    []M
	byID    map[string]M
	sent    map[string][]byte // each row's JSON as browsers have it, by id
	order   []string          // the ids as browsers have them
	cols    []byte
	options map[string][]byte
	// What React compares: every row when all is set (the rows were
	// replaced, or handed out by Rows), else only those named in dirty
	// (Upsert, Remove, Row), so that one row changed costs one row.
	all   bool
	dirty map[string]bool
	// nextID numbers the rows that come without an id, never twice.
	nextID int
}

// New returns a grid of rows (a slice of structs or of maps, or *sql.Rows;
// nil for none) with columns from them; opts apply to its element.
func New(rows any, opts ...component.Opt) *AgGrid {
	g := &AgGrid{Options: M{}, RowID: "id", sent: map[string][]byte{}, options: map[string][]byte{}}
	g.Element = component.Make(g, Tag, append([]component.Opt{component.Style("display:block;height:400px")}, opts...)...)
	g.listenEdits(nil)
	if rows != nil {
		if err := g.SetRows(rows); err != nil {
			slog.Warn("justgo: grid rows", "err", err)
		}
	}
	g.React()
	return g
}

// SetRows replaces the rows (a slice of structs or maps, or *sql.Rows,
// which it reads to the end and closes); without Columns yet, it makes
// them from the rows' fields. Rows whose id did not change keep their
// place in the browser: only the difference travels.
func (g *AgGrid) SetRows(rows any) error {
	list, cols, err := toRows(rows)
	if err != nil {
		return err
	}
	if g.Columns == nil {
		g.Columns = cols
	}
	g.rows = list
	g.index()
	g.all = true
	return nil
}

// Rows are the grid's rows, in order: a change to one of the maps is sent
// with the next update, as Upsert's is (the update compares every row).
func (g *AgGrid) Rows() []M {
	g.all = true
	return g.rows
}

// Row is the row with the id, or nil: a change to it is sent with the next
// update.
func (g *AgGrid) Row(id any) M {
	key := fmt.Sprint(id)
	g.touch(key)
	return g.byID[key]
}

func (g *AgGrid) touch(id string) {
	if g.dirty == nil {
		g.dirty = map[string]bool{}
	}
	g.dirty[id] = true
}

// Upsert replaces the row with the same id, or adds it at the end.
func (g *AgGrid) Upsert(row any) error {
	list, _, err := toRows([]any{row})
	if err != nil {
		return err
	}
	r := list[0]
	if _, ok := r[g.RowID]; !ok {
		r[g.RowID] = g.newID()
	}
	id := fmt.Sprint(r[g.RowID])
	g.touch(id)
	if old := g.byID[id]; old != nil {
		for i := range g.rows {
			if fmt.Sprint(g.rows[i][g.RowID]) == id {
				g.rows[i] = r
				break
			}
		}
	} else {
		g.rows = append(g.rows, r)
	}
	g.byID[id] = r
	return nil
}

// Remove takes out the row with the id.
func (g *AgGrid) Remove(id any) {
	key := fmt.Sprint(id)
	if g.byID[key] == nil {
		return
	}
	for i, r := range g.rows {
		if fmt.Sprint(r[g.RowID]) == key {
			g.rows = append(g.rows[:i], g.rows[i+1:]...)
			break
		}
	}
	delete(g.byID, key)
	g.touch(key)
}

// index maps the rows by id; a row without one gets a number no other row
// has had, so that AG Grid can tell it from the others.
func (g *AgGrid) index() {
	g.byID = make(map[string]M, len(g.rows))
	for _, r := range g.rows {
		if _, ok := r[g.RowID]; !ok {
			r[g.RowID] = g.newID()
		}
		g.byID[fmt.Sprint(r[g.RowID])] = r
	}
}

// newID is a number no row of the grid has had as its id.
func (g *AgGrid) newID() int {
	for {
		id := g.nextID
		g.nextID++
		if _, taken := g.byID[fmt.Sprint(id)]; !taken {
			if _, sent := g.sent[fmt.Sprint(id)]; !sent {
				return id
			}
		}
	}
}

// React sends what changed since the browsers were last sent the grid: a
// transaction of rows added, updated and removed, the columns, the
// options that changed; and keeps the whole grid for a browser that builds
// it afresh. The page calls it before each update.
func (g *AgGrid) React() {
	first := g.BuildProps == nil
	var add, update, remove []any
	reordered := false
	compare := func(id string, r M) {
		js, err := json.Marshal(r)
		if err != nil {
			slog.Warn("justgo: a grid row JSON cannot carry", "id", id, "err", err)
			return
		}
		old, had := g.sent[id]
		switch {
		case !had:
			add = append(add, json.RawMessage(js))
		case !bytes.Equal(old, js):
			update = append(update, json.RawMessage(js))
		default:
			return
		}
		g.sent[id] = js
	}
	if g.all || first {
		g.index()
		seen := make(map[string]bool, len(g.rows))
		order := make([]string, 0, len(g.rows))
		for _, r := range g.rows {
			id := fmt.Sprint(r[g.RowID])
			if seen[id] {
				continue // a second row with an id: AG Grid keeps one
			}
			seen[id] = true
			order = append(order, id)
			compare(id, r)
		}
		for _, id := range g.order {
			if !seen[id] {
				remove = append(remove, M{g.RowID: id})
				delete(g.sent, id)
			}
		}
		reordered = !first && len(add) == 0 && len(remove) == 0 && !slices.Equal(g.order, order)
		g.order = order
	} else {
		for _, id := range slices.Sorted(maps.Keys(g.dirty)) {
			r, live := g.byID[id]
			_, had := g.sent[id]
			switch {
			case live:
				if !had {
					g.order = append(g.order, id)
				}
				compare(id, r)
			case had:
				remove = append(remove, M{g.RowID: id})
				delete(g.sent, id)
				if i := slices.Index(g.order, id); i >= 0 {
					g.order = slices.Delete(g.order, i, i+1)
				}
			}
		}
	}
	g.all, g.dirty = false, nil
	if !first {
		if len(add) > 0 || len(update) > 0 || len(remove) > 0 {
			tx := M{}
			if add != nil {
				tx["add"] = add
			}
			if update != nil {
				tx["update"] = update
			}
			if remove != nil {
				tx["remove"] = remove
			}
			g.CallUpdate("jpTransaction", tx)
		}
		if reordered {
			g.CallUpdate("jpSetOption", "rowData", g.rowData())
		}
	}
	if cols, err := json.Marshal(g.Columns); err == nil && !bytes.Equal(cols, g.cols) {
		if !first {
			g.CallUpdate("jpSetOption", "columnDefs", json.RawMessage(cols))
		}
		g.cols = cols
	}
	for k, v := range g.Options {
		js, err := json.Marshal(v)
		if err != nil || bytes.Equal(js, g.options[k]) {
			continue
		}
		if !first {
			g.CallUpdate("jpSetOption", k, json.RawMessage(js))
		}
		g.options[k] = js
	}
	if first {
		g.BuildProps = map[string]any{}
	}
	g.BuildProps["options"] = M{"grid": g.Options, "columnDefs": json.RawMessage(g.cols), "rowData": rowData{g}, "rowId": g.RowID}
}

// rowData is the rows as browsers have them, made when a page encodes the
// grid for a browser that builds it.
type rowData struct{ g *AgGrid }

func (d rowData) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('[')
	for _, id := range d.g.order {
		js, ok := d.g.sent[id]
		if !ok { // a row JSON could not carry
			continue
		}
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		b.Write(js)
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// rowData is the rows as browsers have them now, for a call.
func (g *AgGrid) rowData() json.RawMessage {
	js, _ := rowData{g}.MarshalJSON()
	return js
}

// RunAPI calls a method of AG Grid's API in every browser showing the grid
// (JustPy's run_api): g.RunAPI("selectAll"), g.RunAPI("exportDataAsCsv").
func (g *AgGrid) RunAPI(method string, args ...any) { g.Call("jpRunAPI", method, args) }

// RequestAPI is RunAPI whose result each browser sends back as a
// result_ready page event with msg.RequestID requestID.
func (g *AgGrid) RequestAPI(requestID, method string, args ...any) {
	g.RequestCall(requestID, "jpRunAPI", method, args)
}

// On sets the handler for a grid event — "cellClicked", "rowSelected",
// "selectionChanged", "cellValueChanged", "sortChanged", "filterChanged" —
// whose msg.Detail holds rowId, column and value (oldValue and newValue
// for an edit); selected for a selection; sort and filter for those.
func (g *AgGrid) On(event string, h component.Handler) {
	if event == "cellValueChanged" {
		g.listenEdits(h)
		return
	}
	g.Element.On("grid:"+event, h)
}

// listenEdits keeps the server's row in step with an edit in the grid, so
// that it is not sent back, then runs h.
func (g *AgGrid) listenEdits(h component.Handler) {
	g.Element.On("grid:cellValueChanged", func(self *component.Element, msg *page.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		id, _ := d["rowId"].(string)
		col, _ := d["column"].(string)
		if row := g.byID[id]; row != nil && col != "" && col != g.RowID {
			if _, known := row[col]; known || g.hasColumn(col) {
				row[col] = d["newValue"]
				if js, err := json.Marshal(row); err == nil {
					g.sent[id] = js
				}
			}
		}
		if h != nil {
			return h(self, msg)
		}
		return nil
	})
}

func (g *AgGrid) hasColumn(field string) bool {
	for _, c := range g.Columns {
		if c["field"] == field {
			return true
		}
	}
	return false
}

// toRows turns rows of any supported kind into maps, with the columns
// they suggest.
func toRows(rows any) ([]M, []M, error) {
	switch r := rows.(type) {
	case *sql.Rows:
		return sqlRows(r)
	case []M:
		return r, columnsOf(r), nil
	}
	v := reflect.ValueOf(rows)
	if v.Kind() != reflect.Slice {
		return nil, nil, fmt.Errorf("grid rows must be a slice or *sql.Rows, not %T", rows)
	}
	list := make([]M, 0, v.Len())
	var cols []M
	for i := 0; i < v.Len(); i++ {
		e := reflect.Indirect(v.Index(i))
		if e.Kind() == reflect.Interface {
			e = reflect.Indirect(e.Elem())
		}
		switch e.Kind() {
		case reflect.Map:
			m, ok := e.Interface().(M)
			if !ok {
				return nil, nil, fmt.Errorf("grid rows: a map must be map[string]any, not %s", e.Type())
			}
			list = append(list, m)
		case reflect.Struct:
			m, c := structRow(e)
			if cols == nil {
				cols = c
			}
			list = append(list, m)
		default:
			return nil, nil, fmt.Errorf("grid rows: a row must be a struct or a map, not %s", e.Type())
		}
	}
	if cols == nil {
		cols = columnsOf(list)
	}
	return list, cols, nil
}

// structRow is a struct's exported fields by their json names, as
// encoding/json writes them, and a column for each.
func structRow(v reflect.Value) (M, []M) {
	js, _ := json.Marshal(v.Interface())
	var row M
	json.Unmarshal(js, &row)
	var cols []M
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		cols = append(cols, M{"field": name, "headerName": f.Name})
	}
	return row, cols
}

// columnsOf lists the keys of the first row, sorted.
func columnsOf(rows []M) []M {
	if len(rows) == 0 {
		return nil
	}
	var cols []M
	for _, k := range slices.Sorted(maps.Keys(rows[0])) {
		cols = append(cols, M{"field": k, "headerName": k})
	}
	return cols
}

// sqlRows reads rows to the end: a column for each, in the query's order,
// bytes as strings.
func sqlRows(rows *sql.Rows) ([]M, []M, error) {
	defer rows.Close()
	names, err := rows.Columns()
	if err != nil {
		return nil, nil, err
	}
	cols := make([]M, len(names))
	for i, n := range names {
		cols[i] = M{"field": n, "headerName": n}
	}
	var list []M
	vals := make([]any, len(names))
	ptrs := make([]any, len(names))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, nil, err
		}
		r := make(M, len(names))
		for i, n := range names {
			if b, ok := vals[i].([]byte); ok {
				r[n] = string(b)
			} else {
				r[n] = vals[i]
			}
		}
		list = append(list, r)
	}
	return list, cols, rows.Err()
}

var _ page.Reactor = (*AgGrid)(nil)
