// Package gentest holds what the generators' drift tests share.
package gentest

import (
	"strconv"
	"strings"
)

// FirstDifference names the first line where a generated file differs
// from the committed one.
func FirstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  have " + g[i] + "\n  want " + w[i]
		}
	}
	return "the files differ in length"
}
