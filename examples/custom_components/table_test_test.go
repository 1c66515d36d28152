package customcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestTableTest(t *testing.T) {
	p := catalogtest.Open(t, TableTest)
	table := p.All("table")[0]
	if table.Class != "block p-4 overflow-auto table-auto" {
		t.Errorf("class %q", table.Class)
	}
	if ths := table.All("th"); len(ths) != 4 || ths[1].Text != "n squared" {
		t.Errorf("header %v", ths)
	}
	rows := table.All("tr")
	if len(rows) != 21 || rows[2].Class != trEvenClasses || rows[1].Class != "" {
		t.Fatalf("%d rows; 2nd %q, 1st %q", len(rows), rows[2].Class, rows[1].Class)
	}
	if cells := rows[12].All("td"); cells[0].Text != "12" || cells[1].Text != "144" || cells[3].Text != "3.46" {
		t.Errorf("row 12: %v %v %v", cells[0].Text, cells[1].Text, cells[3].Text)
	}
}
