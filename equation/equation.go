package equation

import (
	"encoding/json"
	"log/slog"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// Tag is the equation's custom element.
const Tag = "jp-equation"

// Its attributes, which the adapter reads.
const (
	AttrTeX     = "tex"     // the TeX source
	AttrDisplay = "display" // present in display mode
	AttrOptions = "options" // KaTeX's options as JSON, when there are any
)

// Equation is a TeX equation typeset by KaTeX. Assign its fields as a
// handler would any element's: before the next update they become its
// attributes, and browsers typeset it again.
type Equation struct {
	*component.Element
	// Equation is the TeX source (JustPy's equation=).
	Equation string
	// Display typesets in KaTeX's display mode: a centred block at full
	// size (\displaystyle), as $$…$$ in LaTeX; otherwise inline mode, as
	// $…$. Either way the element is a block, as JustPy's is (a div): give
	// it the class "inline" to put it within a line of text.
	Display bool
	// Options are KaTeX's options (https://katex.org/docs/options.html),
	// as JSON values: macros, for one (JustPy's
	// eq.options['macros']['\\f'] = '#1f(#2)' is
	// eq.Options["macros"] = map[string]any{`\f`: "#1f(#2)"}).
	// displayMode is Display's and throwOnError is always false.
	Options map[string]any
}

// New returns an equation of TeX source in inline mode; opts apply to its
// element.
func New(tex string, opts ...component.Opt) *Equation {
	e := &Equation{Equation: tex, Options: map[string]any{}}
	e.Element = component.Make(e, Tag, opts...)
	e.React()
	return e
}

// NewDisplay returns an equation in display mode.
func NewDisplay(tex string, opts ...component.Opt) *Equation {
	e := New(tex, opts...)
	e.Display = true
	e.React()
	return e
}

// React writes the fields into the attributes the browser reads; the
// page calls it before each update, and only an attribute that changed
// travels.
func (e *Equation) React() {
	e.SetAttr(AttrTeX, e.Equation)
	e.setOrDrop(AttrDisplay, "", e.Display)
	opts := ""
	if len(e.Options) > 0 {
		js, err := json.Marshal(e.Options)
		if err != nil {
			slog.Warn("justgo: equation options JSON cannot carry", "err", err)
		}
		opts = string(js)
	}
	e.setOrDrop(AttrOptions, opts, opts != "")
}

func (e *Equation) setOrDrop(name, value string, set bool) {
	if set {
		e.SetAttr(name, value)
	} else {
		delete(e.Attrs, name)
	}
}

var _ page.Reactor = (*Equation)(nil)
