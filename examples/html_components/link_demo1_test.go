package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestLinkDemo1(t *testing.T) {
	p := catalogtest.Open(t, LinkDemo1)
	if href := p.ByRole("link", "Python Org").Attr("href"); href != "https://python.org" {
		t.Errorf("href %q", href)
	}
}
