package markdown

import (
	"bytes"
	"log/slog"
	"regexp"

	"github.com/microcosm-cc/bluemonday"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// Markdown is an element showing Markdown as HTML. Assign Markdown (or
// Unsafe) as a handler would any field: before the next update the
// element renders it again, when it changed.
type Markdown struct {
	*component.Element
	// Markdown is the source (JustPy's markdown=).
	Markdown string
	// Unsafe writes the rendered HTML without sanitizing it: raw HTML in
	// the source, script and event attributes included, reaches the
	// browser. Only for Markdown the author wrote, never a user's.
	Unsafe bool

	shown    string // the source InnerHTML was rendered from
	shownRaw bool   // and whether it was rendered unsafe
}

// New returns a <div> showing the Markdown source text, sanitized; opts
// apply to its element.
func New(text string, opts ...component.Opt) *Markdown {
	m := &Markdown{Markdown: text}
	m.Element = component.Make(m, "div", opts...)
	m.React()
	return m
}

// NewUnsafe is New with Unsafe set: for Markdown whose raw HTML the author
// vouches for.
func NewUnsafe(text string, opts ...component.Opt) *Markdown {
	m := &Markdown{Markdown: text, Unsafe: true}
	m.Element = component.Make(m, "div", opts...)
	m.React()
	return m
}

// React renders the source when it changed since it was last rendered:
// the page calls it before each update, and the new InnerHTML is what
// travels. Rendering only on a change keeps updates of other elements
// from paying for the Markdown's.
func (m *Markdown) React() {
	if m.Markdown == m.shown && m.Unsafe == m.shownRaw && m.InnerHTML != "" {
		return
	}
	m.shown, m.shownRaw = m.Markdown, m.Unsafe
	if m.Unsafe {
		m.InnerHTML = RenderUnsafe(m.Markdown)
	} else {
		m.InnerHTML = Render(m.Markdown)
	}
}

// Render returns the HTML of Markdown source, sanitized with bluemonday's
// policy for user content.
func Render(source string) string { return policy.Sanitize(RenderUnsafe(source)) }

// RenderUnsafe returns the HTML of Markdown source as goldmark renders it,
// raw HTML and every link kept: only for source the author vouches for.
func RenderUnsafe(source string) string {
	var b bytes.Buffer
	if err := md.Convert([]byte(source), &b); err != nil {
		// goldmark's HTML renderer fails only when writing fails, which a
		// bytes.Buffer never does.
		slog.Error("justgo: rendering Markdown", "err", err)
	}
	return b.String()
}

// md is goldmark with GitHub's extensions (extension.GFM's list, the
// table's alignment an attribute because the policy allows no style). It
// renders raw HTML and any link: the policy, not goldmark's safe mode
// (which drops every tag, <b> and <details> too), decides what stays.
var md = goldmark.New(
	goldmark.WithExtensions(extension.Linkify, extension.Strikethrough, extension.TaskList,
		extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute))),
	goldmark.WithRendererOptions(html.WithUnsafe()),
)

// policy is bluemonday's for user content, plus what GFM renders: a
// fenced block's language class and a task list's disabled checkboxes.
var policy = func() *bluemonday.Policy {
	p := bluemonday.UGCPolicy()
	p.AllowAttrs("class").Matching(regexp.MustCompile(`^language-[\w+#.-]+$`)).OnElements("code")
	p.AllowAttrs("type").Matching(regexp.MustCompile(`^checkbox$`)).OnElements("input")
	p.AllowAttrs("checked", "disabled").Matching(regexp.MustCompile(`^$`)).OnElements("input")
	return p
}()

var _ page.Reactor = (*Markdown)(nil)
