package customcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// ColorPillButton is custom_comp_test2's PillButton: a pill of a colour.
type ColorPillButton struct {
	*jp.Element
	bgColor string
}

// NewColorPillButton makes a pill of bgColor ("blue" when empty).
func NewColorPillButton(bgColor string, opts ...jp.Opt) *ColorPillButton {
	if bgColor == "" {
		bgColor = "blue"
	}
	b := &ColorPillButton{bgColor: bgColor}
	b.Element = jp.Make(b, "button", opts...)
	b.SetClasses(fmt.Sprintf("bg-%s-500 hover:bg-%s-700 text-white font-bold py-2 px-4 rounded-full", b.bgColor, b.bgColor))
	return b
}

func customCompTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	for _, color := range []string{"blue", "red", "yellow", "pink"} {
		NewColorPillButton(color, jp.Text("Pill Button"), jp.On("click", clicked), jp.In(wp), jp.Classes("m-2"))
	}
	return wp
}

// CustomCompTest2 is JustPy's custom_comp_test2: pills of a colour given as
// they are made (JustPy's bg_color=, a constructor's argument in Go).
var CustomCompTest2 = catalog.Example{Name: "custom_comp_test2", Doc: "Pill buttons of a colour given as each is made", Source: "custom_comp_test2.go", App: catalog.Page(customCompTest2)}
