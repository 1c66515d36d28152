// Package markdown shows Markdown on a page, rendered on the server (as
// JustPy's Markdown component does, where JustPy renders in Python and
// its browser client only shows the HTML): New returns an element whose
// Markdown field is the source, and a handler that assigns it
// (md.Markdown += "\n* one more") changes the page, the new HTML
// travelling as any element's raw InnerHTML does.
//
// The Markdown is CommonMark with GitHub's extensions (tables,
// strikethrough, autolinks, task lists), rendered by goldmark. Raw HTML
// in it is allowed and then sanitized with bluemonday's policy for user
// content, so that Markdown from anyone — a form, a database — cannot run
// script in the page: <script>, event attributes such as onerror and
// javascript: links are removed. An author who vouches for the source
// sets Unsafe (or uses NewUnsafe), which writes what goldmark renders as
// it is.
//
// # Concurrency
//
// Render and RenderUnsafe may be called from any goroutine. A Markdown
// element that a browser shows is changed only by its page's handlers or
// inside the page's Do, as every element is.
package markdown
