package htmlcomponents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestListDemo(t *testing.T) {
	p := catalogtest.Open(t, ListDemo)
	lists := p.All("ul")
	if len(lists) != 3 || lists[1].Class != "m-2 p-2 list-disc list-inside" || lists[2].Class != "m-2 p-2 list-decimal list-inside" {
		t.Fatalf("lists: %v", lists)
	}
	for i, want := range []string{"List one item 10", "List two item 1", "List three item 5"} {
		if lists[i].ByText(want).Tag != "li" {
			t.Errorf("no %q in list %d", want, i+1)
		}
	}
	if n := len(lists[1].All("li")); n != 10 {
		t.Errorf("%d items", n)
	}
}
