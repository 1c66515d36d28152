package component

import (
	"regexp"
	"slices"
	"strings"
)

// SetClass puts a Tailwind class in place of the element's class of the
// same kind, as JustPy's set_class does: SetClass("bg-red-500") replaces
// bg-blue-500, SetClass("hover:bg-red-700") replaces hover:bg-blue-700,
// SetClass("text-xl") replaces text-sm and leaves text-white.
func (e *Element) SetClass(class string) {
	kind := classKind(class)
	kept := strings.Fields(e.Classes)
	out := kept[:0]
	for _, c := range kept {
		if classKind(c) != kind {
			out = append(out, c)
		}
	}
	e.Classes = strings.Join(append(out, class), " ")
	e.Touch()
}

// SetClasses calls SetClass for each class of a space-separated list
// (JustPy's set_classes).
func (e *Element) SetClasses(classes string) {
	for _, c := range strings.Fields(classes) {
		e.SetClass(c)
	}
}

var (
	colorClass = regexp.MustCompile(`^(-?[a-z]+)-(inherit|current|transparent|black|white|(?:gray|red|yellow|green|blue|indigo|purple|pink|teal|orange|amber|lime|emerald|cyan|sky|violet|fuchsia|rose|slate|zinc|neutral|stone|cool-gray|warm-gray|blue-gray|true-gray|light-blue)-\d+)$`)
	textSize   = regexp.MustCompile(`^text-(xs|sm|base|lg|\d?xl)$`)
	display    = map[string]bool{"block": true, "inline-block": true, "inline": true, "flex": true, "inline-flex": true,
		"grid": true, "inline-grid": true, "table": true, "contents": true, "hidden": true, "flow-root": true}
)

// classKind names what a Tailwind class sets, with its variant
// ("hover:bg-color", "text-size", "m"), so that classes of one kind replace
// each other.
func classKind(class string) string {
	variant := ""
	if i := strings.LastIndexByte(class, ':'); i >= 0 {
		variant, class = class[:i+1], class[i+1:]
	}
	switch {
	case display[class]:
		return variant + "display"
	case textSize.MatchString(class):
		return variant + "text-size"
	case class == "visible" || class == "invisible":
		return variant + "visibility"
	}
	if m := colorClass.FindStringSubmatch(class); m != nil {
		return variant + m[1] + "-color"
	}
	if i := strings.LastIndexByte(class, '-'); i > 0 {
		return variant + class[:i]
	}
	return variant + class
}

// RemoveClass takes every class of a space-separated list off the
// element's classes, as JustPy's remove_class does; classes it does not
// have are left alone. With SetClass("hidden") it shows and hides an
// element whose Transition plays.
func (e *Element) RemoveClass(classes string) {
	gone := strings.Fields(classes)
	kept := strings.Fields(e.Classes)
	out := kept[:0]
	for _, c := range kept {
		if !slices.Contains(gone, c) {
			out = append(out, c)
		}
	}
	e.Classes = strings.Join(out, " ")
	e.Touch()
}

// HasClass reports whether class is one of the element's classes
// (JustPy's has_class).
func (e *Element) HasClass(class string) bool {
	return slices.Contains(strings.Fields(e.Classes), class)
}
