package workingwithhtml

import (
	"log/slog"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func parseDemo1(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c := jp.ParseHTML(myHTML, jp.In(wp))
	slog.Info("parse_demo1", "root", c.Tag(), "components", len(c.Components()))
	return wp
}

// ParseDemo1 is JustPy's parse_demo1: HTML made into elements with
// ParseHTML, the tree's root a div added to the page.
var ParseDemo1 = catalog.Example{Name: "parse_demo1", Doc: "HTML made into elements with ParseHTML, added to the page", Source: "parse_demo1.go", App: catalog.Page(parseDemo1)}
