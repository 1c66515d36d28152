package page_test

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"testing"
	"unsafe"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// Allocation budgets: testing.AllocsPerRun is deterministic where time is
// not, so these fail `make test` when a change makes the hot paths
// allocate more. Raise a budget only with a reason in the commit message;
// lower it when a change saves. They hold for the ordinary build, which
// `make unit` runs them in: the race detector's build drops a random share
// of what goes back to a sync.Pool, so its counts vary from run to run.
const (
	budgetClick       = 12 // a click in-process: dispatch, handler, diff, encoding, envelope
	budgetTextDiff    = 9  // one text changed on a 1,000-element page, by DoWait
	budgetEncodePatch = 2  // a one-op patch encoded and enveloped
)

// A page's own struct, with the 8-byte header the allocator gives an
// object of pointers over 512 bytes, stays within the 768-byte size class,
// below the next of 896: every page is one, shown or not.
func TestPageStructBudget(t *testing.T) {
	if n := unsafe.Sizeof(page.WebPage{}) + 8; n > 768 {
		t.Errorf("a WebPage takes %d bytes with its header, over 768", n)
	}
}

func TestAllocationBudgets(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts in -short")
	}
	if raceBuild {
		t.Skip("the race detector's sync.Pool drops items at random; make unit runs the budgets without -race")
	}
	// A collection empties the pools the hot paths draw on; none may run
	// while counting.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	runtime.GC()
	wp, btn := sessionPage()
	c := &nullConn{}
	attachConn(t, wp, c)
	m := wire.ClientMsg{Type: wire.TypeEvent, ID: btn.Ref(), Event: "click"}
	click := testing.AllocsPerRun(200, func() {
		m.N++
		if err := wp.Handle(c, "s1", "c", &m); err != nil {
			t.Fatal(err)
		}
	})

	big := page.NewWebPage()
	var divs []*component.Element
	for i := range 1000 {
		divs = append(divs, component.Div(component.Text(fmt.Sprint("row ", i)), component.Classes("m-1 p-1"), component.In(big)))
	}
	bc := &nullConn{}
	attachConn(t, big, bc)
	texts := [2]string{"changed", "changed again"}
	i := 0
	diff := testing.AllocsPerRun(200, func() {
		big.DoWait(func() { divs[500].Text = texts[i%2] })
		i++
	})

	text := "Number of Click Events: 12"
	p := wire.Patch{Version: 7, Ops: []wire.Op{{ID: "3", Text: &text}}}
	encode := testing.AllocsPerRun(200, func() {
		body, _ := wire.MarshalPatch(&p)
		wire.Envelope(12, body)
	})

	for _, b := range []struct {
		name        string
		got, budget float64
	}{
		{"click", click, budgetClick},
		{"text diff", diff, budgetTextDiff},
		{"patch encode", encode, budgetEncodePatch},
	} {
		if b.got > b.budget {
			t.Errorf("%s allocates %.1f times, over its budget of %.0f", b.name, b.got, b.budget)
		} else {
			t.Logf("%s: %.1f allocations (budget %.0f)", b.name, b.got, b.budget)
		}
	}
}
