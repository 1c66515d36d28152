package tailwind

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// textColor is JustPy's jp.Tailwind.tw_dict['text_color']: Tailwind's text
// colour classes, for the Tailwind 2 that JustGo's pages link (JustGo has
// no such dictionary; the classes are made from Tailwind 2's palette).
var textColor = func() []string {
	list := []string{"text-transparent", "text-current", "text-black", "text-white"}
	for _, hue := range []string{"gray", "red", "yellow", "green", "blue", "indigo", "purple", "pink"} {
		for _, shade := range []string{"50", "100", "200", "300", "400", "500", "600", "700", "800", "900"} {
			list = append(list, "text-"+hue+"-"+shade)
		}
	}
	return list
}()

func textColors(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("flex flex-wrap m-2"), jp.In(wp))
	for _, color := range textColor {
		jp.Div(jp.Text(color), jp.Classes(color+" font-mono p-1 text-lg bg-blue-100 hover:bg-red-500 w-48"), jp.In(d))
	}
	return wp
}

// TextColors is JustPy's text_colors: each of Tailwind's text colours,
// written in itself.
var TextColors = catalog.Example{Name: "text_colors", Doc: "Every Tailwind text colour class, each written in its colour", Source: "text_colors.go", App: catalog.Page(textColors)}
