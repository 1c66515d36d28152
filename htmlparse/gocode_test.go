package htmlparse_test

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/htmlparse"
)

// JustPy's commands_demo1: one statement an element, each added to its
// parent; another prefix for another name of the package.
func TestCommands(t *testing.T) {
	f := htmlparse.Parse(`<div><p class="m-2 text-red-500">Paragraph 1</p><p id="two" hidden>Paragraph <b>2</b></p></div>`)
	want := []string{
		`root := jp.Div()`,
		`jp.P(jp.In(root), jp.Text("Paragraph 1"), jp.Classes("m-2 text-red-500"))`,
		`c1 := jp.P(jp.In(root), jp.Text("Paragraph "), jp.Show(false), jp.ID("two"))`,
		`jp.B(jp.In(c1), jp.Text("2"))`,
	}
	if got := f.Commands("jp."); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("commands:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := f.Commands("justgo.")[1]; got != `justgo.P(justgo.In(root), justgo.Text("Paragraph 1"), justgo.Classes("m-2 text-red-500"))` {
		t.Errorf("with another prefix: %s", got)
	}
}
