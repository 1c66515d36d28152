package jp_test

import (
	"fmt"
	"regexp"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/page"
)

func Example() {
	hello := func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		d := jp.Div(jp.Text("Hello!"), jp.Classes("text-5xl m-2"), jp.In(wp))
		d.On("click", func(self *jp.Element, msg *jp.Msg) error {
			self.Text = "I was clicked"
			return nil
		})
		return wp
	}
	_ = hello // jp.JustPy(hello) serves it on http://127.0.0.1:8000
}

func ExampleParseHTML() {
	form := jp.ParseHTML(`<form><input name="user_name" placeholder="Username"><button name="go">Sign in</button></form>`)
	fmt.Println(form.NameDict["user_name"].Attr("placeholder"))
	fmt.Println(form.NameDict["go"].Text)
	// Output:
	// Username
	// Sign in
}

func ExampleDiv() {
	d := jp.Div(jp.Text("a < b"), jp.Classes("m-2"), jp.Children(jp.Span(jp.Text("!"))))
	html := page.RenderHTML(d)
	fmt.Println(regexp.MustCompile(` data-jp="[^"]*"`).ReplaceAllString(html, "")) // ids vary
	// Output:
	// <div class="m-2">a &lt; b<span>!</span></div>
}

func ExampleModel() {
	wp := jp.NewWebPage()
	wp.State = jp.State{"text": "shared"}
	jp.Input(jp.Model(wp, "text"), jp.In(wp))
	d := jp.Div(jp.Model(wp, "text"), jp.In(wp))
	html := page.RenderHTML(d) // what the page renders, before every update
	fmt.Println(regexp.MustCompile(` data-jp="[^"]*"`).ReplaceAllString(html, ""))
	// Output:
	// <div>shared</div>
}

// Card is a custom component: a div with a title of its own.
type Card struct {
	*jp.Element
	title   *jp.Element
	Heading string
}

// NewCard makes a Card; opts apply to its div, and jp.In adds the Card.
func NewCard(heading string, opts ...jp.Opt) *Card {
	c := &Card{Heading: heading}
	c.Element = jp.Make(c, "div", opts...)
	c.title = jp.H2(jp.In(c))
	return c
}

// React shows the heading: the page calls it before each update.
func (c *Card) React() { c.title.Text = c.Heading }

func ExampleMake() {
	wp := jp.NewWebPage()
	c := NewCard("Hello", jp.Classes("m-2"), jp.In(wp))
	c.Heading = "Hello, card"
	fmt.Println(wp.Components()[0] == c)
	html := page.RenderHTML(c)
	fmt.Println(regexp.MustCompile(` data-jp="[^"]*"`).ReplaceAllString(html, ""))
	// Output:
	// true
	// <div class="m-2"><h2>Hello, card</h2></div>
}
