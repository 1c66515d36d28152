package static

import (
	"embed"
	"io/fs"
	"time"
)

//go:embed client.js
var Client []byte

// BuildTime stands for the embedded files' modification time.
var BuildTime = time.Now()

//go:embed all:local
var local embed.FS

// Local holds the libraries `make assets` fetched into JustGo's checkout
// (git-ignored): none in a module that depends on JustGo.
var Local, _ = fs.Sub(local, "local")
