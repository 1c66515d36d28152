package jp

import (
	"github.com/justgo/justgo/equation"
	"github.com/justgo/justgo/markdown"
)

// Markdown returns a <div> showing Markdown text (GitHub's flavour),
// rendered on the server and sanitized (package markdown): assign its
// Markdown field in a handler (md.Markdown += "\n* more") and the page
// shows the new HTML, as JustPy's Markdown component does.
func Markdown(text string, opts ...Opt) *markdown.Markdown { return markdown.New(text, opts...) }

// UnsafeMarkdown is Markdown without the sanitizing: raw HTML in text,
// script and event attributes included, reaches the browser. Only for
// Markdown the author wrote, never a user's.
func UnsafeMarkdown(text string, opts ...Opt) *markdown.Markdown {
	return markdown.NewUnsafe(text, opts...)
}

// Equation returns a TeX equation typeset by KaTeX in inline mode
// (package equation), as JustPy's Equation: assign its Equation field in a
// handler (eq.Equation += ` + \sqrt{d}`) and browsers typeset it again.
// Pages with an equation link KaTeX; others do not.
func Equation(tex string, opts ...Opt) *equation.Equation { return equation.New(tex, opts...) }

// DisplayEquation returns an equation in KaTeX's display mode: centred,
// at full size, as $$…$$ in LaTeX.
func DisplayEquation(tex string, opts ...Opt) *equation.Equation {
	return equation.NewDisplay(tex, opts...)
}
