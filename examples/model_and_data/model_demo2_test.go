package modelanddata

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestModelDemo2(t *testing.T) {
	p := jptest.Serve(t, modelDemo2).Open("/")
	if n := strings.Count(p.Text(), "Nothing typed yet"); n != 4 {
		t.Fatalf("%d corners say nothing was typed: %s", n, p.Text())
	}
	in := p.ByPlaceholder("Type here")
	p.Type(in, "xyz")
	p.Sync()
	if n := strings.Count(p.Text(), "xyz"); n != 4 {
		t.Errorf("%d corners show it", n)
	}
	p.Clear(in)
	p.Sync()
	if n := strings.Count(p.Text(), "Nothing typed yet"); n != 4 {
		t.Errorf("after clearing, %d corners say nothing was typed", n)
	}
}
