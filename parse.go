package jp

import (
	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/htmlparse"
)

// Fragment is parsed HTML: the root element, with NameDict and NameList.
type Fragment = htmlparse.Fragment

// ParseHTML turns HTML text into elements (JustPy's parse_html). opts apply
// to the root: In(wp) adds it to a page, Show(false) hides it.
func ParseHTML(html string, opts ...Opt) *Fragment { return htmlparse.Parse(html, opts...) }

// ParseHTMLFile parses an HTML file (JustPy's parse_html_file).
func ParseHTMLFile(path string, opts ...Opt) (*Fragment, error) {
	return htmlparse.ParseFile(path, opts...)
}

// TextNode returns text to place among an element's children.
func TextNode(s string) *Element { return component.TextNode(s) }
