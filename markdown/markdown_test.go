package markdown_test

import (
	"fmt"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
	"github.com/justgo/justgo/markdown"
)

// CommonMark and GitHub's extensions render, and survive the sanitizer:
// a table with its alignment, strikethrough, an autolink, a task list, a
// fenced block's language.
func TestRendersGFM(t *testing.T) {
	src := "# My List\n\n* *Item* **1**\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n~~gone~~ https://example.com\n\n" +
		"- [x] done\n- [ ] todo\n\n```go\nx := 1\n```\n"
	got := markdown.Render(src)
	for _, want := range []string{
		"<h1>My List</h1>",
		"<li><em>Item</em> <strong>1</strong></li>",
		`<th align="left">a</th>`, `<td align="right">2</td>`,
		"<del>gone</del>",
		`<a href="https://example.com" rel="nofollow">https://example.com</a>`,
		`<li><input checked="" disabled="" type="checkbox"> done</li>`,
		`<li><input disabled="" type="checkbox"> todo</li>`,
		`<pre><code class="language-go">x := 1`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}

// What could run script is removed from raw HTML and links; harmless raw
// HTML stays; Unsafe keeps everything.
func TestSanitizes(t *testing.T) {
	src := "Hi <b>there</b>\n\n<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\">\n\n" +
		"[click](javascript:alert(3)) <a href=\"javascript:alert(4)\">raw</a>\n\n<details><summary>More</summary>Yes</details>\n\n" +
		"<input type=\"text\" value=\"form\"> <p style=\"color:red\" class=\"x\">styled</p>\n"
	safe := markdown.Render(src)
	for _, bad := range []string{"<script", "alert(1)", "onerror", "alert(2)", "javascript:", "<input", "style=", "class="} {
		if strings.Contains(safe, bad) {
			t.Errorf("sanitized HTML has %q:\n%s", bad, safe)
		}
	}
	for _, good := range []string{"<b>there</b>", `<img src="x.png">`, "click", "raw", "<details><summary>More</summary>Yes</details>", "styled"} {
		if !strings.Contains(safe, good) {
			t.Errorf("sanitized HTML lost %q:\n%s", good, safe)
		}
	}
	raw := markdown.RenderUnsafe(src)
	for _, kept := range []string{"<script>alert(1)</script>", `onerror="alert(2)"`, `href="javascript:alert(3)"`, `href="javascript:alert(4)"`, `style="color:red"`} {
		if !strings.Contains(raw, kept) {
			t.Errorf("unsafe HTML lost %q:\n%s", kept, raw)
		}
	}
	if m := markdown.New(src); m.InnerHTML != safe {
		t.Errorf("New's HTML is not Render's:\n%s", m.InnerHTML)
	}
	m := markdown.NewUnsafe(src)
	if m.InnerHTML != raw {
		t.Errorf("NewUnsafe's HTML is not RenderUnsafe's:\n%s", m.InnerHTML)
	}
	m.Unsafe = false // a change of mind renders again
	m.React()
	if m.InnerHTML != safe {
		t.Errorf("after Unsafe = false:\n%s", m.InnerHTML)
	}
}

// JustPy's md_test: a handler that appends to the Markdown changes the
// page, the first paint shows the Markdown as HTML, and only the changed
// element's HTML travels.
func TestHandlerChangesTheMarkdown(t *testing.T) {
	page := func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		n := 0
		var md *markdown.Markdown
		jp.Button(jp.Text("Add Item to List"), jp.In(wp), jp.On("click", func(*jp.Element, *jp.Msg) {
			n++
			md.Markdown = fmt.Sprintf("%s\n* *Item* **%d**", md.Markdown, n)
		}))
		md = jp.Markdown("# My List", jp.Classes("m-2"), jp.In(wp))
		return wp
	}
	p := jptest.Serve(t, page).Open("/")
	div := p.All("div")[0]
	if div.Class != "m-2" || div.HTML != "<h1>My List</h1>\n" {
		t.Fatalf("first paint: class %q, HTML %q", div.Class, div.HTML)
	}
	p.ShouldSee("My List")
	p.Click(p.ByRole("button", "Add Item to List"))
	p.Click(p.ByRole("button", "Add Item to List"))
	if want := "<h1>My List</h1>\n<ul>\n<li><em>Item</em> <strong>1</strong></li>\n<li><em>Item</em> <strong>2</strong></li>\n</ul>\n"; div.HTML != want {
		t.Errorf("after two clicks %q\nwant %q", div.HTML, want)
	}
	p.ShouldSee("Item 2")
}

func ExampleNew() {
	md := markdown.New("# Hello world!\n\nSome *Markdown* <script>alert(1)</script>", jp.Classes("m-2 p-2"))
	fmt.Println(md.InnerHTML)
	md.Markdown = "~~Hello~~ world"
	md.React() // the page does this before each update
	fmt.Println(md.InnerHTML)
	// Output:
	// <h1>Hello world!</h1>
	// <p>Some <em>Markdown</em> </p>
	//
	// <p><del>Hello</del> world</p>
}
