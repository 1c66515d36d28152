package jp

import (
	"maps"
	"strings"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/htmlparse"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/wa"
)

// Fragment is parsed HTML: the root element, with NameDict and NameList.
//
// Fields of htmlparse.Fragment:
//
//   - *component.Element (embedded)
//   - NameDict map[string]*component.Element: NameDict maps each name attribute to the first element, in document order, that has it: JustPy's name_dict for the usual case of unique names.
//   - NameList map[string][]*component.Element: NameList maps each name to every element that has it, in document order, for names that repeat, such as a group of radio buttons.
//
// Methods of htmlparse.Fragment:
//
//   - Commands(prefix string) []string: Commands returns the Go statements that build the fragment, one an element in document order, each child added to its parent with In: root := jp.Div(), then c1 := jp.Div(jp.In(root)), then jp.P(jp.In(c1), jp.Classes("m-2"), jp.Text("Paragraph 1")).
//
// Full documentation: go doc github.com/justgo/justgo/htmlparse Fragment, or Fragment.Commands for one method.
type Fragment = htmlparse.Fragment

// ParseHTML turns HTML text into elements (JustPy's parse_html). opts apply
// to the root: In(wp) adds it to a page, Show(false) hides it. Web
// Awesome's <wa-…> tags are built by package wa's constructors, so that
// they are controls as the constructors declare them (as JustPy's
// parse_html builds its Quasar components from <q-…> tags).
func ParseHTML(html string, opts ...Opt) *Fragment { return widgetMakers.Parse(html, opts...) }

// ParseHTMLFile parses an HTML file (JustPy's parse_html_file).
func ParseHTMLFile(path string, opts ...Opt) (*Fragment, error) {
	return widgetMakers.ParseFile(path, opts...)
}

// widgetMakers builds the tags of package wa.
var widgetMakers = func() htmlparse.Makers {
	m := htmlparse.Makers{}
	for tag, fn := range wa.Tags {
		m[tag] = func(opts ...Opt) page.Component { return fn(opts...) }
	}
	return m
}()

// Makers maps custom tags to the constructors ParseHTML builds them with
// (JustPy's parse_html finds a component class by its name):
//
//	tags := jp.Makers{"input-with-div": func(opts ...jp.Opt) jp.Component { return NewInputWithDiv(opts...) }}
//	tags.ParseHTML(`<div><input-with-div class="m-2"></input-with-div></div>`, jp.In(wp))
//
// The attributes arrive as options and the HTML's children are added to
// what the constructor returns. Tags match whatever their case.
type Makers map[string]Maker

// ParseHTML parses html as ParseHTML does, building the tags m names with
// their constructors (m's win over package wa's).
func (m Makers) ParseHTML(html string, opts ...Opt) *Fragment {
	return m.withWidgets().Parse(html, opts...)
}

// ParseHTMLFile parses an HTML file as m.ParseHTML does.
func (m Makers) ParseHTMLFile(path string, opts ...Opt) (*Fragment, error) {
	return m.withWidgets().ParseFile(path, opts...)
}

func (m Makers) withWidgets() htmlparse.Makers {
	all := maps.Clone(widgetMakers)
	for tag, mk := range m {
		all[strings.ToLower(tag)] = component.Maker(mk)
	}
	return all
}

// TextNode returns text to place among an element's children.
func TextNode(s string) *Element { return component.TextNode(s) }
