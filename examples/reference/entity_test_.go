package reference

import (
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// space is JustPy's jp.Space: num non-breaking spaces.
func space(num int, opts ...jp.Opt) *jp.Element {
	return jp.Span(append(opts, jp.InnerHTML(strings.Repeat("&nbsp;", num)))...)
}

// htmlEntity is JustPy's jp.HTMLEntity: a span showing an HTML entity.
// JustGo's Text is always escaped; an entity is HTML, jp.InnerHTML.
func htmlEntity(entity string, opts ...jp.Opt) *jp.Element {
	return jp.Span(append(opts, jp.InnerHTML(entity))...)
}

func entityTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	space(3, jp.In(wp))
	htmlEntity("a&#768;", jp.In(wp), jp.Classes("text-lg"))
	jp.Span(jp.InnerHTML("a&#768;"), jp.In(wp), jp.Classes("text-lg")) // text=…, html_entity=True
	space(5, jp.In(wp))
	htmlEntity("a&#769", jp.In(wp), jp.Classes("text-xl"))
	jp.Span(jp.InnerHTML("a&#769"), jp.In(wp), jp.Classes("text-xl"))
	space(5, jp.In(wp))
	htmlEntity("&#8707;", jp.In(wp), jp.Classes("text-2xl"))
	jp.Span(jp.InnerHTML("&#8707;"), jp.In(wp), jp.Classes("text-2xl"))
	space(5, jp.In(wp))
	htmlEntity("&copy;", jp.In(wp), jp.Classes("text-3xl"))
	jp.Span(jp.InnerHTML("&copy;"), jp.In(wp), jp.Classes("text-3xl"))
	space(5, jp.In(wp))
	return wp
}

// EntityTest is JustPy's entity_test (reference: HTML entities): accents,
// ∃ and © written as entities, with jp.Space's spaces between.
var EntityTest = catalog.Example{Name: "entity_test", Doc: "HTML entities (accents, ∃, ©) shown as the characters they stand for", Source: "entity_test_.go", App: catalog.Page(entityTest)}
