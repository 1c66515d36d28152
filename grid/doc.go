// Package grid shows data in AG Grid Community's grid from Go: rows from a
// slice of structs (columns from their exported fields and json tags),
// from []map[string]any, or from *sql.Rows (JustPy's df.jp.ag_grid() for
// Go). Each row has an id; after the first paint a change of rows travels
// as one transaction — the rows added, updated and removed — never the
// whole data, so the person's scroll position, sort, filter and selection
// stay. The grid's events reach Go handlers with the row id, column and
// values in msg.Detail; an edit in the grid updates the server's row.
//
// The grid is the custom element <jp-aggrid> (static/adapters/aggrid.js)
// over AG Grid's own script; pages without a grid load neither. It is
// built as package chart is: its whole state set when the browser builds
// it, kept up to date by calls.
package grid
