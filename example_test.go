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
