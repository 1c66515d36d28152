package modelanddata

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestModelDemo1(t *testing.T) {
	p := jptest.Serve(t, modelDemo1).Open("/")
	p.ShouldSee("top left")
	p.ShouldSee("bottom right")
	p.Type(p.ByPlaceholder("Type here"), "abc")
	p.Sync()
	if n := strings.Count(p.Text(), "abc"); n != 4 {
		t.Errorf("%d corners show it: %s", n, p.Text())
	}
}
