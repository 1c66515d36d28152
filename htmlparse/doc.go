// Package htmlparse turns HTML text into a tree of JustGo elements, as
// JustPy's parse_html does, so that a designer's markup becomes a page whose
// parts a handler reaches by name:
//
//	form := htmlparse.Parse(loginFormHTML, component.In(wp))
//	form.NameDict["password"].Value
//
// It parses with golang.org/x/net/html, the HTML5 algorithm browsers use.
// Inputs, textareas and selects become the same elements their constructors
// make, so their Value follows what a person types.
//
// # Concurrency
//
// Parse may be called from any goroutine; the elements it returns belong to
// the caller until they are added to a page.
package htmlparse
