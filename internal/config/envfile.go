package config

import (
	"bufio"
	"io"
	"strings"
)

// ParseEnv reads justpy.env text as JustPy (through Starlette) does: one
// KEY = value a line, the value with its surrounding quotes taken off, lines
// starting with # and lines without = skipped. Nothing is expanded: a $ or
// a \ in a value is that character, so a SECRET_KEY is read as written.
// A later line for a key wins.
func ParseEnv(r io.Reader) (map[string]string, error) {
	vals := map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	for first := true; sc.Scan(); first = false {
		line := sc.Text()
		if first {
			line = strings.TrimPrefix(line, "\ufeff") // a byte-order mark some editors write
		}
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		vals[strings.TrimSpace(key)] = strings.Trim(strings.TrimSpace(value), `"'`)
	}
	return vals, sc.Err()
}
