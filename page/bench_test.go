package page_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// sessionPage is the session example's page.
func sessionPage() (*page.WebPage, *component.Element) {
	wp := page.NewWebPage()
	component.Div(component.Text("My session id: 0b6f1f6e-3b1c-4f9e-8a7e-2f0c1d2e3f40"), component.Classes("m-2 p-1 text-xl"), component.In(wp))
	visits := component.Div(component.Text("Number of visits: 1"), component.Classes("m-2 p-1 text-xl"), component.In(wp))
	b := component.Button(component.Text("Number of Click Events: 0"), component.Classes(component.Styles.ButtonPill()), component.In(wp))
	n := 0
	b.On("click", func(self *component.Element, _ *page.Msg) error {
		n++
		self.Text = fmt.Sprintf("Number of Click Events: %d", n)
		visits.Text = "Number of visits: 1"
		return nil
	})
	return wp, b
}

func BenchmarkRenderSessionPage(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		wp, _ := sessionPage()
		var sb strings.Builder
		wp.Render(&sb)
	}
}

type nullConn struct{ bytes int }

func (c *nullConn) Send(m []byte)     { c.bytes = len(m) }
func (c *nullConn) Close(int, string) {}

// The change after one text edit on pages of growing size.
func BenchmarkDiffOneTextChange(b *testing.B) {
	for _, size := range []int{10, 1000, 10000} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			wp := page.NewWebPage()
			var divs []*component.Element
			for i := range size {
				divs = append(divs, component.Div(component.Text(fmt.Sprint("row ", i)), component.Classes("m-1 p-1"), component.In(wp)))
			}
			textChanges(b, wp, divs[size/2], false)
		})
	}
}

// The same change on pages whose rows are tracked (component.Tracked) in
// groups of 100 inside a tracked table, the row touched after the
// assignment: the page compares one group instead of the page.
func BenchmarkDiffOneTextChangeTracked(b *testing.B) {
	for _, size := range []int{1000, 10000} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			wp := page.NewWebPage()
			table := component.Div(component.Tracked(), component.In(wp))
			var group *component.Element
			var divs []*component.Element
			for i := range size {
				if i%100 == 0 {
					group = component.Div(component.Tracked(), component.In(table))
				}
				divs = append(divs, component.Div(component.Text(fmt.Sprint("row ", i)), component.Classes("m-1 p-1"), component.In(group)))
			}
			textChanges(b, wp, divs[size/2], true)
		})
	}
}

// textChanges measures changing target's text on wp, as a goroutine's Do
// would, touching it when asked.
func textChanges(b *testing.B, wp *page.WebPage, target *component.Element, touch bool) {
	c := &nullConn{}
	attachConn(b, wp, c)
	texts := [2]string{"changed", "changed again"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		wp.DoWait(func() {
			target.Text = texts[i%2]
			if touch {
				target.Touch()
			}
		})
		i++
	}
	b.ReportMetric(float64(c.bytes), "bytes/msg")
}

func BenchmarkEncodePatch(b *testing.B) {
	text := "Number of Click Events: 12"
	p := wire.Patch{Version: 7, Ops: []wire.Op{{ID: "3", Text: &text}}}
	b.ReportAllocs()
	for b.Loop() {
		body, _ := json.Marshal(&p)
		wire.Envelope(12, body)
	}
}

// One click handled in-process: decode-free dispatch, the handler, the diff,
// the encoding, the envelope.
func BenchmarkDispatchClick(b *testing.B) {
	wp, btn := sessionPage()
	c := &nullConn{}
	attachConn(b, wp, c)
	m := wire.ClientMsg{Type: wire.TypeEvent, ID: btn.Ref(), Event: "click"}
	b.ReportAllocs()
	for b.Loop() {
		m.N++
		if err := wp.Handle(c, "s1", "c", &m); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(c.bytes), "bytes/msg")
}
