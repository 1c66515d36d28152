package static

import (
	"bytes"
	"embed"
	"io/fs"
	"time"
)

//go:embed client.js
var clientSource []byte

// Client is the browser client as browsers get it: client.js without its
// comment lines and indentation, which are for people (a third of its
// bytes).
var Client = strip(clientSource)

// strip drops each line's indentation and the lines that are comments.
// The client has no string or template literal that spans lines, so that
// a line starting with // is always a comment.
func strip(js []byte) []byte {
	var out []byte
	for _, line := range bytes.Split(js, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || bytes.HasPrefix(line, []byte("//")) {
			continue
		}
		out = append(append(out, line...), '\n')
	}
	return out
}

// BuildTime stands for the embedded files' modification time.
var BuildTime = time.Now()

//go:embed all:local
var local embed.FS

// Local holds the libraries `make assets` fetched into JustGo's checkout
// (git-ignored): none in a module that depends on JustGo.
var Local, _ = fs.Sub(local, "local")
