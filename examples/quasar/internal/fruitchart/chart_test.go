package fruitchart

import (
	"strings"
	"testing"
)

func TestEachTypeDrawsItsShapes(t *testing.T) {
	for _, c := range []struct {
		typ          string
		rects, paths int
		curve        bool
	}{
		{"bar", 6 + 2, 0, false}, // six bars, two legend keys
		{"column", 6 + 2, 0, false},
		{"line", 2, 2, false},
		{"spline", 2, 2, true},
	} {
		svg := draw(Options{Type: c.typ, Title: "Chart of <Type>"})
		if n := strings.Count(svg, "<rect"); n != c.rects {
			t.Errorf("%s: %d rects, want %d", c.typ, n, c.rects)
		}
		if n := strings.Count(svg, "<path"); n != c.paths {
			t.Errorf("%s: %d paths, want %d", c.typ, n, c.paths)
		}
		if got := strings.Contains(svg, " C"); got != c.curve {
			t.Errorf("%s: curves %v", c.typ, got)
		}
		if !strings.Contains(svg, "Chart of &lt;Type&gt;") {
			t.Errorf("%s: the title is not escaped", c.typ)
		}
	}
	// a column is as tall as its value: John's 7 bananas
	if svg := draw(Options{Type: "column"}); !strings.Contains(svg, `height="183.8"`) {
		t.Errorf("no column of 7: %s", svg)
	}
}
