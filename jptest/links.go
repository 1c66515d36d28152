package jptest

import (
	"net/url"
	"strings"
)

// linkTarget is where a click on n takes the browser: the path and query
// of the <a href> that is n or holds it, if that link loads a page of the
// app in this tab.
func (p *Page) linkTarget(n *Node) (string, bool) {
	path := pathTo(p.root, n)
	for i := len(path) - 1; i >= 0; i-- {
		a := path[i]
		href, ok := a.Attrs["href"]
		if a.Tag != "a" || !ok {
			continue
		}
		if t := a.Attrs["target"]; t != "" && t != "_self" && t != "_parent" && t != "_top" {
			return "", false // another tab or window
		}
		if _, ok := a.Attrs["download"]; ok {
			return "", false
		}
		here := p.u.absolute(p.URL())
		ref, err := url.Parse(strings.TrimSpace(href))
		if err != nil || here == nil {
			return "", false
		}
		to := here.ResolveReference(ref)
		if ref.Fragment != "" || strings.HasSuffix(href, "#") {
			if to.Scheme == here.Scheme && to.Host == here.Host && to.RequestURI() == here.RequestURI() {
				return "", false // a #fragment of this page scrolls; nothing loads
			}
		}
		return p.u.inApp(to)
	}
	return "", false
}

// absolute is path (or a URL) as an absolute URL on the server, or nil.
func (u *User) absolute(path string) *url.URL {
	srv, err := url.Parse(u.s.srv.URL + "/")
	if err != nil {
		return nil
	}
	ref, err := url.Parse(path)
	if err != nil {
		return nil
	}
	return srv.ResolveReference(ref)
}

// inApp is to's path and query if to is on the app's server.
func (u *User) inApp(to *url.URL) (string, bool) {
	srv := u.absolute("/")
	if srv == nil || to.Scheme != srv.Scheme || to.Host != srv.Host {
		return "", false
	}
	return to.RequestURI(), true
}

// redirectTarget is the path a redirect from path to loc (relative or
// absolute, as the Location header allows) leads to, if it is in the app.
func (u *User) redirectTarget(path, loc string) (string, bool) {
	cur := u.absolute(path)
	ref, err := url.Parse(loc)
	if cur == nil || err != nil {
		return "", false
	}
	return u.inApp(cur.ResolveReference(ref))
}
