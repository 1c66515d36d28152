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

// find returns the first node, in document order, for which match holds.
func (p *Page) find(what string, match func(*Node) bool) *Node {
	p.t().Helper()
	var found *Node
	p.root.walk(func(n *Node) {
		if found == nil && n != p.root && match(n) {
			found = n
		}
	})
	if found == nil {
		p.t().Fatalf("jptest: no element %s on the page:\n%s", what, p.Text())
	}
	return found
}

// ByText returns the innermost shown element whose text contains text.
func (p *Page) ByText(text string) *Node {
	p.t().Helper()
	return p.find("with text "+text, func(n *Node) bool {
		if n.Tag == wire.TextTag || !strings.Contains(n.VisibleText(), text) || !shown(p.root, n) {
			return false
		}
		return !slices.ContainsFunc(n.Kids, func(k *Node) bool { return k.Tag != wire.TextTag && strings.Contains(k.VisibleText(), text) })
	})
}

// ByName returns the first element with the name attribute name.
func (p *Page) ByName(name string) *Node {
	p.t().Helper()
	return p.find("named "+name, func(n *Node) bool { return n.Attrs["name"] == name })
}

// ByPlaceholder returns the first input or textarea whose placeholder is
// text.
func (p *Page) ByPlaceholder(text string) *Node {
	p.t().Helper()
	return p.find("with placeholder "+text, func(n *Node) bool { return n.Attrs["placeholder"] == text })
}

// All returns the elements with the tag, in document order.
func (p *Page) All(tag string) []*Node {
	var list []*Node
	p.root.walk(func(n *Node) {
		if n.Tag == tag && n != p.root {
			list = append(list, n)
		}
	})
	return list
}

// ByID returns the element with the HTML id attribute id.
func (p *Page) ByID(id string) *Node {
	p.t().Helper()
	return p.find("with id "+id, func(n *Node) bool { return n.Attrs["id"] == id })
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
