package jptest_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// errorsSeen stands in for the test to catch what it is told is wrong.
type errorsSeen struct {
	testing.TB
	mu   sync.Mutex
	msgs []string
}

func (e *errorsSeen) Errorf(format string, args ...any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.msgs = append(e.msgs, fmt.Sprintf(format, args...))
}

func (e *errorsSeen) take() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	m := e.msgs
	e.msgs = nil
	return m
}

// A handler that assigns a field in a tracked subtree without Touch fails
// the test that jptest runs, and the person sees the change all the same;
// with Touch nothing is said.
func TestATrackedChangeNothingRecordedFailsTheTest(t *testing.T) {
	seen := &errorsSeen{TB: t}
	app := jp.NewApp()
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		table := jp.Div(jp.Tracked(), jp.In(wp))
		row := jp.Div(jp.Text("row"), jp.In(table))
		jp.Button(jp.Text("forget"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) { row.Text = "forgotten" }))
		jp.Button(jp.Text("touch"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) { row.Text = "touched"; row.Touch() }))
		return wp
	})
	p := jptest.New(seen, app).Open("/")
	p.Click(p.ByText("forget"))
	p.WaitFor("forgotten")
	if msgs := seen.take(); len(msgs) != 1 || !strings.Contains(msgs[0], "without a method or Touch") {
		t.Errorf("the test was told %q", msgs)
	}
	p.Click(p.ByText("touch"))
	p.WaitFor("touched")
	if msgs := seen.take(); len(msgs) != 0 {
		t.Errorf("a touched change: %q", msgs)
	}
}
