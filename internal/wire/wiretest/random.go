package wiretest

import (
	"fmt"
	"math/rand/v2"
	"slices"

	el "github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
)

// Random makes random changes to a page for property tests: text, classes,
// style, attributes, show and hide, raw HTML on and off, values, checked,
// events, and children added, moved, removed and put back. The same seed
// makes the same page and the same changes.
//
// Its elements are those whose HTML the parser reads back as written
// (no p, li or button, which the parser closes by itself), so that a
// fresh render compares with what the patches made.
type Random struct {
	rnd    *rand.Rand
	wp     *page.WebPage
	made   []*el.Element          // every element, in the order made
	parent map[*el.Element]parent // where each is now; absent when detached
}

// parent is a page or an element: what holds children.
type parent interface {
	Components() []page.Component
	DeleteComponents()
	Add(cs ...page.Component)
}

// maxElements caps the page: past it the changes add nothing.
const maxElements = 60

// Pools of values: few, so that changes often set a value back.
var (
	texts   = []string{"", "a", "some text", "a < b & c", "  spaced  ", "é ü"}
	classes = []string{"", "a", "a b", "b c-1"}
	styles  = []string{"", "color: red", "margin: 1px", "padding: 2px; color: blue"}
	attrs   = []string{"title", "data-x", "aria-label", "role"}
	raws    = []string{"<b>raw</b> html", "<i>x</i>", `<span class="r">y</span> z`}
	inputs  = []string{"", "v", "hello world", "x & y"}
	areas   = []string{"", "v", "two\nlines", "\nleading newline"}
	tags    = []string{"div", "span", "section", "b", "em"}
)

// NewRandom returns a Random for seed.
func NewRandom(seed uint64) *Random {
	return &Random{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), parent: map[*el.Element]parent{}}
}

// Build fills wp with a starting page.
func (r *Random) Build(wp *page.WebPage) {
	r.wp = wp
	for range 3 {
		box := r.newElement("div")
		r.insert(box, wp, len(wp.Components()))
		for range 3 {
			r.insert(r.newElement(r.kind()), box, len(box.Components()))
		}
	}
}

// Step makes one to three changes and says what they were.
func (r *Random) Step() []string {
	var did []string
	for range 1 + r.rnd.IntN(3) {
		did = append(did, r.change())
	}
	return did
}

// kind picks the tag of a new element; "" is a text node.
func (r *Random) kind() string {
	switch n := r.rnd.IntN(10); {
	case n < 5:
		return tags[r.rnd.IntN(len(tags))]
	case n < 7:
		return ""
	case n == 7:
		return "input"
	case n == 8:
		return "checkbox"
	default:
		return "textarea"
	}
}

func (r *Random) newElement(kind string) *el.Element {
	var e *el.Element
	switch kind {
	case "":
		e = el.TextNode(pick(r, texts))
	case "input":
		e = el.Input(el.Type("text"), el.Value(pick(r, inputs)))
	case "checkbox":
		e = el.Input(el.Type("checkbox"), el.Checked(r.rnd.IntN(2) == 0))
	case "textarea":
		e = el.Textarea(el.Value(pick(r, areas)))
	default:
		e = el.Tag(kind, el.Text(pick(r, texts)))
	}
	r.made = append(r.made, e)
	return e
}

func pick[T any](r *Random, list []T) T { return list[r.rnd.IntN(len(list))] }

// change makes one change.
func (r *Random) change() string {
	shown := r.attached()
	if len(shown) == 0 {
		e := r.newElement(r.kind())
		r.insert(e, r.wp, 0)
		return "added " + r.label(e) + " to the page"
	}
	e := shown[r.rnd.IntN(len(shown))]
	text, control := e.Tag() == el.TextTag, isControl(e)
	switch n := r.rnd.IntN(14); {
	case n == 0 && !control:
		e.Text = pick(r, texts)
		return fmt.Sprintf("%s text %q", r.label(e), e.Text)
	case n == 1 && !text:
		e.Classes = pick(r, classes)
		return fmt.Sprintf("%s classes %q", r.label(e), e.Classes)
	case n == 2 && !text:
		e.Style = pick(r, styles)
		return fmt.Sprintf("%s style %q", r.label(e), e.Style)
	case n == 3 && !text:
		name := pick(r, attrs)
		if _, ok := e.Attrs[name]; ok && r.rnd.IntN(2) == 0 {
			delete(e.Attrs, name)
			return fmt.Sprintf("%s attribute %s removed", r.label(e), name)
		}
		e.SetAttr(name, pick(r, texts))
		return fmt.Sprintf("%s attribute %s=%q", r.label(e), name, e.Attrs[name])
	case n == 4:
		e.Show = !e.Show
		return fmt.Sprintf("%s shown %v", r.label(e), e.Show)
	case n == 5 && !text && !control:
		if e.InnerHTML == "" {
			e.InnerHTML = pick(r, raws)
		} else {
			e.InnerHTML = ""
		}
		return fmt.Sprintf("%s raw HTML %q", r.label(e), e.InnerHTML)
	case n == 6 && control:
		switch {
		case e.Tag() == "textarea":
			e.Value = pick(r, areas)
		case e.Attrs["type"] == "checkbox":
			e.Checked = !e.Checked
			return fmt.Sprintf("%s checked %v", r.label(e), e.Checked)
		default:
			e.Value = pick(r, inputs)
		}
		return fmt.Sprintf("%s value %q", r.label(e), e.Value)
	case n == 7 && !text:
		if len(e.Events()) > 0 {
			e.Off("click")
			return r.label(e) + " stops listening"
		}
		e.On("click", noop)
		return r.label(e) + " listens for click"
	case n == 8 && len(r.attached()) < maxElements:
		kid := r.newElement(r.kind())
		return r.put(kid, "added")
	case n == 9 || n == 10:
		return r.put(e, "moved")
	case n == 11:
		r.detach(e)
		return "removed " + r.label(e)
	case n == 12:
		if loose := r.detached(); len(loose) > 0 {
			return r.put(loose[r.rnd.IntN(len(loose))], "put back")
		}
	case n == 13:
		if into := r.container(nil); len(into.Components()) > 1 {
			kids := slices.Clone(into.Components())
			r.rnd.Shuffle(len(kids), func(i, j int) { kids[i], kids[j] = kids[j], kids[i] })
			into.DeleteComponents()
			into.Add(kids...)
			return "shuffled the children of " + r.labelOf(into)
		}
	}
	return r.change() // that change does not fit the element: another
}

// put moves e to a random place on the page, out of its own subtree.
func (r *Random) put(e *el.Element, what string) string {
	into := r.container(e)
	r.detach(e)
	i := r.rnd.IntN(len(into.Components()) + 1)
	r.insert(e, into, i)
	return fmt.Sprintf("%s %s into %s at %d", what, r.label(e), r.labelOf(into), i)
}

// container picks the page or an element on it that takes children, but
// not inside e.
func (r *Random) container(e *el.Element) parent {
	list := []parent{r.wp}
	for _, c := range r.attached() {
		if c.Tag() != el.TextTag && !isControl(c) && !r.inside(c, e) {
			list = append(list, c)
		}
	}
	return list[r.rnd.IntN(len(list))]
}

// inside reports whether c is e or in its subtree.
func (r *Random) inside(c, e *el.Element) bool {
	for c != nil && e != nil {
		if c == e {
			return true
		}
		p, _ := r.parent[c].(*el.Element)
		c = p
	}
	return false
}

func (r *Random) insert(e *el.Element, into parent, i int) {
	kids := slices.Insert(slices.Clone(into.Components()), i, page.Component(e))
	into.DeleteComponents()
	into.Add(kids...)
	r.parent[e] = into
}

func (r *Random) detach(e *el.Element) {
	p, ok := r.parent[e]
	if !ok {
		return
	}
	kids := slices.DeleteFunc(slices.Clone(p.Components()), func(c page.Component) bool { return c == page.Component(e) })
	p.DeleteComponents()
	p.Add(kids...)
	delete(r.parent, e)
}

// attached lists the elements on the page, in the order made.
func (r *Random) attached() []*el.Element {
	var list []*el.Element
	for _, e := range r.made {
		if r.onPage(e) {
			list = append(list, e)
		}
	}
	return list
}

// detached lists the elements that were taken off the page with no parent.
func (r *Random) detached() []*el.Element {
	var list []*el.Element
	for _, e := range r.made {
		if _, ok := r.parent[e]; !ok {
			list = append(list, e)
		}
	}
	return list
}

func (r *Random) onPage(e *el.Element) bool {
	for {
		switch p := r.parent[e].(type) {
		case *page.WebPage:
			return true
		case *el.Element:
			e = p
		default:
			return false
		}
	}
}

func (r *Random) label(e *el.Element) string {
	tag := e.Tag()
	if tag == el.TextTag {
		tag = "text"
	}
	return fmt.Sprintf("#%d %s", slices.Index(r.made, e)+1, tag)
}

func (r *Random) labelOf(p parent) string {
	if e, ok := p.(*el.Element); ok {
		return r.label(e)
	}
	return "the page"
}

func isControl(e *el.Element) bool { return e.Tag() == "input" || e.Tag() == "textarea" }
