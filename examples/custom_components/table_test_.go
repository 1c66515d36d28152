package customcomponents

import (
	"fmt"
	"math"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// AutoTable is a table made from rows of values, the first its header.
type AutoTable struct {
	*jp.Element
	Values [][]string
}

const (
	tdClasses     = "border px-4 py-2 text-center"
	trEvenClasses = "bg-gray-100 "
	trOddClasses  = ""
	thClasses     = "px-4 py-2"
)

// NewAutoTable makes an AutoTable of values.
func NewAutoTable(values [][]string, opts ...jp.Opt) *AutoTable {
	t := &AutoTable{Values: values}
	t.Element = jp.Make(t, "table", opts...)
	return t
}

// React builds the rows from Values, before each update.
func (t *AutoTable) React() {
	t.SetClass("table-auto")
	t.DeleteComponents() // JustPy's react builds the table once, on a page that is rendered once
	// First row of values is header
	if len(t.Values) > 0 {
		headers := t.Values[0]
		thead := jp.Thead(jp.In(t))
		tr := jp.Tr(jp.In(thead))
		for _, item := range headers {
			jp.Th(jp.Text(item), jp.Classes(thClasses), jp.In(tr))
		}
		tbody := jp.Tbody(jp.In(t))
		for i, row := range t.Values[1:] {
			if i%2 == 1 {
				tr = jp.Tr(jp.Classes(trEvenClasses), jp.In(tbody))
			} else {
				tr = jp.Tr(jp.Classes(trOddClasses), jp.In(tbody))
			}
			for _, item := range row {
				jp.Td(jp.Text(item), jp.Classes(tdClasses), jp.In(tr))
			}
		}
	}
}

// tableData stands in for JustPy's women_majors.csv, which its program
// reads from the web with pandas: a table of numbers made here, so that
// the port needs neither the network nor a data set.
var tableData = func() [][]string {
	rows := [][]string{{"n", "n squared", "n cubed", "square root"}}
	for n := 1; n <= 20; n++ {
		rows = append(rows, []string{fmt.Sprint(n), fmt.Sprint(n * n), fmt.Sprint(n * n * n), fmt.Sprintf("%.2f", math.Sqrt(float64(n)))})
	}
	return rows
}()

func tableTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("w-7/8 m-2 p-3 border rounded-lg "), jp.In(wp))
	NewAutoTable(tableData, jp.In(d), jp.Classes("block p-4 overflow-auto"), jp.Style("height: 90vh"))
	return wp
}

// TableTest is JustPy's table_test: AutoTable, a table component built
// from rows of values in React, even rows shaded.
var TableTest = catalog.Example{Name: "table_test", Doc: "AutoTable, a table built from rows of values in React, every other row shaded", Source: "table_test_.go", App: catalog.Page(tableTest)}
