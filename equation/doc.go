// Package equation shows TeX equations with KaTeX, as JustPy's Equation
// component does: New returns an element whose Equation field is the TeX
// source, and a handler that assigns it (eq.Equation += ` + \sqrt{d}`)
// makes every browser showing it typeset it again.
//
// The equation is the custom element <jp-equation>, defined by a small
// adapter (static/adapters/equation.js) over KaTeX's own script and
// stylesheet; pages without an equation load none of them. The server
// writes the source, the mode and KaTeX's options as the element's
// attributes (tex, display, options), so that they travel as any
// attribute does and the first paint carries them; the element typesets
// whenever one changes. KaTeX's HTML is the element's own children, which
// patches leave alone.
//
// KaTeX's throwOnError is always false, as in JustPy: a TeX error shows
// the source in red rather than nothing. KaTeX's trust option stays off
// unless Options set it, so that \href and \includegraphics in a source
// from a user cannot reach script.
//
// # Concurrency
//
// Constructors may be called from any goroutine. An equation that a
// browser shows is changed only by its page's handlers or inside the
// page's Do, as every element is.
package equation
