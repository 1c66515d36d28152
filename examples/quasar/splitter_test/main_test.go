package main

import (
	"testing"

	"github.com/justgo/justgo/jptest"
)

func TestSplitterValueFollowsTheDivider(t *testing.T) {
	p := jptest.Serve(t, splitterTest).Open("/")
	p.ShouldSee("Before")
	p.ShouldSee("19. Sed ut perspiciatis")
	badges := func(want string) {
		t.Helper()
		for _, b := range p.All("wa-badge") {
			if got := b.VisibleText(); got != want {
				t.Errorf("a badge (slot %q) says %q, want %q", b.Attr("slot"), got, want)
			}
		}
	}
	badges("50")
	p.ShouldSee("Splitter value")

	split := p.All("wa-split-panel")[0]
	p.Report(split, "wa-reposition", map[string]any{"position": 31.7}) // drag the divider left
	badges("31")
	p.Report(split, "wa-reposition", map[string]any{"position": 75.0})
	badges("75")
}
