package handlingevents

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestOutTest(t *testing.T) {
	p := jptest.Serve(t, outTest).Open("/")
	divs := p.Root().Kids
	p.Click(divs[2])
	for i, d := range divs {
		want, class := "click out", "text-blue-500"
		if i == 2 {
			want, class = "click in", "text-red-500"
		}
		if d.VisibleText() != want || d.Class != "m-4 p-4 text-xl border w-32 "+class {
			t.Errorf("div %d: %q %q", i, d.VisibleText(), d.Class)
		}
	}
}
