package input

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestColorDemo(t *testing.T) {
	p := catalogtest.Open(t, ColorDemo)
	text := p.ByText("Click box above to change color of this text")
	p.Fill(p.All("input")[0], "#ff0000")
	p.Sync()
	if text.Text != "The color of this text is: #ff0000" || text.Style != "color: #ff0000" {
		t.Errorf("%q %q", text.Text, text.Style)
	}
}
