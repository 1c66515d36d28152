package wa

import (
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// Notice says how Notify shows a toast; its zero value is a neutral toast
// at the top end of the page for five seconds.
type Notice struct {
	Variant   string        // "brand", "success", "warning", "danger" or "neutral"
	Duration  time.Duration // how long it stays; 5 s when 0, for good when negative
	Placement string        // "top-start", "top-center", "top-end" (the default), "bottom-start", …
}

// Notify shows a toast with text, which is always text, never HTML, to
// every browser showing the page, with the next update (NiceGUI's
// ui.notify, Quasar's Notify). The page gets a wa-toast stack for each
// placement the first time it needs one; the toasts themselves are the
// library's, and go away by themselves.
func Notify(wp *page.WebPage, text string, n Notice) {
	if n.Placement == "" {
		n.Placement = "top-end"
	}
	ms := int64(5000)
	switch {
	case n.Duration < 0:
		ms = 0 // Web Awesome keeps a toast of duration 0 until it is closed
	case n.Duration > 0:
		ms = n.Duration.Milliseconds()
	}
	opts := map[string]any{"allowHtml": false, "duration": ms}
	if n.Variant != "" {
		opts["variant"] = n.Variant
	}
	stack(wp, n.Placement).Call("create", text, opts)
}

// stack is the page's toast stack for a placement, made when missing.
func stack(wp *page.WebPage, placement string) *component.Element {
	for _, c := range wp.Components() {
		if el, ok := c.(*component.Element); ok && el.Tag() == "wa-toast" && el.Attr("placement") == placement {
			return el
		}
	}
	t := Toast(Placement(placement))
	wp.Add(t)
	return t
}
