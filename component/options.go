package component

import "github.com/justgo/justgo/page"

// Opt sets up an element when it is made; the options are JustPy's keyword
// arguments.
type Opt func(*Element)

// Text sets the element's text; it is always escaped.
func Text(s string) Opt { return func(e *Element) { e.Text = s } }

// Classes sets the class attribute.
func Classes(s string) Opt { return func(e *Element) { e.Classes = s } }

// Style sets the style attribute.
func Style(s string) Opt { return func(e *Element) { e.Style = s } }

// Show sets whether the element is shown (JustPy's show=).
func Show(b bool) Opt { return func(e *Element) { e.Show = b } }

// Value sets the value of an input, textarea or select.
func Value(s string) Opt { return func(e *Element) { e.Value = s } }

// Checked sets the checked state of a checkbox or radio button.
func Checked(b bool) Opt { return func(e *Element) { e.Checked = b } }

// InnerHTML sets raw HTML content, written as it is: the explicit way to
// put markup into an element.
func InnerHTML(s string) Opt { return func(e *Element) { e.InnerHTML = s } }

// Attr sets one attribute.
func Attr(name, value string) Opt { return func(e *Element) { e.SetAttr(name, value) } }

// Attrs sets several attributes.
func Attrs(m map[string]string) Opt {
	return func(e *Element) {
		for k, v := range m {
			e.SetAttr(k, v)
		}
	}
}

// Name sets the name attribute.
func Name(s string) Opt { return Attr("name", s) }

// ID sets the HTML id attribute.
func ID(s string) Opt { return Attr("id", s) }

// Type sets the type attribute, as of an input or button.
func Type(s string) Opt { return Attr("type", s) }

// Placeholder sets the placeholder attribute.
func Placeholder(s string) Opt { return Attr("placeholder", s) }

// Href sets the href attribute.
func Href(s string) Opt { return Attr("href", s) }

// Src sets the src attribute.
func Src(s string) Opt { return Attr("src", s) }

// On sets a handler (see Element.On).
func On(event string, h Handler) Opt { return func(e *Element) { e.On(event, h) } }

// Children adds children to the element.
func Children(cs ...page.Component) Opt { return func(e *Element) { e.Add(cs...) } }

// In adds the element to a page or another element (JustPy's a=).
func In(parent page.Container) Opt { return func(e *Element) { parent.Add(e) } }
