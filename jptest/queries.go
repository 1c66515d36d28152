package jptest

import (
	"slices"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// Text is the page's visible text, white space collapsed.
func (p *Page) Text() string { return p.root.VisibleText() }

// Sees reports whether the page shows text.
func (p *Page) Sees(text string) bool { return strings.Contains(p.Text(), text) }

// ShouldSee fails the test unless the page shows text.
func (p *Page) ShouldSee(text string) {
	p.t().Helper()
	if !p.Sees(text) {
		p.t().Errorf("jptest: the page does not show %q; it shows:\n%s", text, p.Text())
	}
}

// ShouldNotSee fails the test if the page shows text.
func (p *Page) ShouldNotSee(text string) {
	p.t().Helper()
	if p.Sees(text) {
		p.t().Errorf("jptest: the page shows %q:\n%s", text, p.Text())
	}
}

// URL is the path the browser's address bar shows (display_url included).
func (p *Page) URL() string {
	if p.url != "" {
		return p.url
	}
	return p.path
}

// Title is the document title.
func (p *Page) Title() string { return p.title }

// Dark reports whether the page is in dark mode (WebPage.Dark): the class
// dark on <html>, set at first paint or by a patch.
func (p *Page) Dark() bool { return p.dark }

// Redirect is where the server sent the browser, or "".
func (p *Page) Redirect() string { return p.redirect }

// Follow opens the page the server redirected to, in the same browser.
func (p *Page) Follow() *Page {
	p.t().Helper()
	if p.redirect == "" {
		p.t().Fatalf("jptest: the page was not redirected")
	}
	return p.u.Open(p.redirect)
}

// Errors are the handler errors the server reported to this page.
func (p *Page) Errors() []string { return p.errors }

// Root is the page's root; its children are the page's components.
func (p *Page) Root() *Node { return p.root }

// find returns the first node under scope (scope left out), in document
// order, for which match holds.
func (p *Page) find(scope *Node, what string, match func(*Node) bool) *Node {
	p.t().Helper()
	var found *Node
	scope.walk(func(n *Node) {
		if found == nil && n != scope && match(n) {
			found = n
		}
	})
	if found == nil {
		p.t().Fatalf("jptest: no element %s %s", what, p.where(scope))
	}
	return found
}

// where says where a query looked, with what a person sees there, for a
// failure's message.
func (p *Page) where(scope *Node) string {
	if scope == p.root {
		return "on the page:\n" + p.Text()
	}
	return "in the <" + scope.Tag + ">:\n" + scope.VisibleText()
}

// ByText returns the innermost shown element whose visible text contains
// text, one whose whole text is text first. Of several such (a heading and
// a button both "Add person"), it is the first in document order: ByRole
// tells them apart.
func (p *Page) ByText(text string) *Node {
	p.t().Helper()
	return p.byText(p.root, text)
}

func (p *Page) byText(scope *Node, text string) *Node {
	p.t().Helper()
	var first, exact *Node
	scope.walk(func(n *Node) {
		if n == scope || n.Tag == wire.TextTag || !shown(p.root, n) {
			return
		}
		seen := n.VisibleText()
		innermost := !slices.ContainsFunc(n.Kids, func(k *Node) bool {
			return k.Tag != wire.TextTag && strings.Contains(k.VisibleText(), text)
		})
		if !strings.Contains(seen, text) || !innermost {
			return
		}
		if first == nil {
			first = n
		}
		if exact == nil && seen == text {
			exact = n
		}
	})
	switch {
	case exact != nil:
		return exact
	case first == nil:
		p.t().Fatalf("jptest: no element with text %q %s", text, p.where(scope))
	}
	return first
}

// ByName returns the first element with the name attribute name.
func (p *Page) ByName(name string) *Node {
	p.t().Helper()
	return p.find(p.root, "named "+name, func(n *Node) bool { return n.Attrs["name"] == name })
}

// ByPlaceholder returns the first input or textarea whose placeholder is
// text.
func (p *Page) ByPlaceholder(text string) *Node {
	p.t().Helper()
	return p.find(p.root, "with placeholder "+text, func(n *Node) bool { return n.Attrs["placeholder"] == text })
}

// All returns the elements with the tag, in document order.
func (p *Page) All(tag string) []*Node { return all(p.root, tag) }

func all(scope *Node, tag string) []*Node {
	var list []*Node
	scope.walk(func(n *Node) {
		if n.Tag == tag && n != scope {
			list = append(list, n)
		}
	})
	return list
}

// ByID returns the element with the HTML id attribute id.
func (p *Page) ByID(id string) *Node {
	p.t().Helper()
	return p.find(p.root, "with id "+id, func(n *Node) bool { return n.Attrs["id"] == id })
}

// shown reports whether n and its ancestors are not hidden.
func shown(root, n *Node) bool {
	return !slices.ContainsFunc(pathTo(root, n), func(c *Node) bool { return c.Hidden })
}

// pathTo returns the nodes from root down to n.
func pathTo(root, n *Node) []*Node {
	var path []*Node
	var walk func(*Node) bool
	walk = func(c *Node) bool {
		path = append(path, c)
		if c == n {
			return true
		}
		for _, k := range c.Kids {
			if walk(k) {
				return true
			}
		}
		path = path[:len(path)-1]
		return false
	}
	walk(root)
	return path
}

// ByText returns the innermost shown element in n's subtree whose visible
// text contains text, as Page.ByText does for the whole page.
func (n *Node) ByText(text string) *Node {
	n.pg().t().Helper()
	return n.page.byText(n, text)
}

// ByName returns the first element in n's subtree with the name attribute
// name.
func (n *Node) ByName(name string) *Node {
	n.pg().t().Helper()
	return n.page.find(n, "named "+name, func(c *Node) bool { return c.Attrs["name"] == name })
}

// All returns the elements in n's subtree with the tag, in document order.
func (n *Node) All(tag string) []*Node { return all(n, tag) }

// pg is the page that shows n; only nodes a page found have one.
func (n *Node) pg() *Page {
	if n.page == nil {
		panic("jptest: a query on a node that no page shows")
	}
	return n.page
}
