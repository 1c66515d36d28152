package handlingevents

import (
	"slices"
	"strings"
)

// red and blue say whether a button's classes are the clicked ones or not.
func red(class string) bool {
	return has(class, "bg-red-500", "hover:bg-red-700") && !has(class, "bg-blue-500")
}
func blue(class string) bool {
	return has(class, "bg-blue-500", "hover:bg-blue-700") && !has(class, "bg-red-500")
}

func has(class string, want ...string) bool {
	for _, w := range want {
		if !slices.Contains(strings.Fields(class), w) {
			return false
		}
	}
	return true
}
