// Command justgo is JustGo's development tool: it rebuilds and restarts a
// program on save, and the browser tabs that show it reload themselves to
// the new code (what JustPy users get from uvicorn --reload); and it
// fetches the browser libraries pages link, for an app to embed.
//
//	justgo dev [-addr host:port] [-delay 200ms] [-buildflags flags] [package [arguments]]
//	justgo assets [-dir assets] [library ...]
//
// The package is a folder, "." by default: `go run ./cmd/justgo dev
// ./examples/session` in this repository; in an app's own module,
// `go get -tool github.com/justgo/justgo/cmd/justgo` once (it records the
// tool and its dependencies in go.mod), then `go tool justgo dev .`. The
// arguments after the package go to the program.
//
// # How it works
//
// dev serves HOST:PORT, read from justpy.env and the environment as the
// program would read them, and runs the program built with go build on a
// free loopback port (it sets the program's HOST and PORT), forwarding every
// request and websocket to it. The program's working directory is dev's, as
// with go run.
//
// It watches the package's folder and the module it belongs to: every
// folder of it but .git, node_modules, testdata, vendor, hidden ones and
// nested modules (and those created later), for
// changes to Go sources (not tests), go.mod, go.sum, and the .html, .css,
// .js and .env files a program may embed or read at start. When the files
// have been quiet for -delay, it builds again; if the build succeeds it
// stops the program (SIGTERM, then SIGKILL after 5 s) and starts the new
// one. Requests that arrive meanwhile wait for it to listen.
// An open tab's websocket closes with the old program; the client's retry
// reaches the new one, which does not know the page and answers 4004, and
// the client reloads the page from the new program, on the same URL. (The
// proxy drops the page's rejoin token, with which a program that does not
// know a page would rebuild it in the old document instead.)
//
// # Build errors
//
// When a build fails, dev stops the program and answers page loads with a
// page that shows the compiler's output in <pre id="justgo-build-error">.
// An open tab's websocket is accepted and closed with 4004, so that the tab
// reloads into that page. The page long-polls /_justgo/dev/wait?build=N and
// reloads itself when a build newer than N has succeeded. A program that
// exits by itself, or does not listen, is shown the same way, with the end
// of its output.
//
// Ctrl-C (or SIGTERM) stops the program and dev.
//
// # Assets
//
// assets fetches Tailwind, animate.css, Font Awesome, Web Awesome, ECharts,
// AG Grid and KaTeX (or those named) at the versions this JustGo pins, from
// the npm registry (NPM_CONFIG_REGISTRY, or registry.npmjs.org), each
// tarball checked against its pinned hash and kept in the user's cache, and
// unpacks what a browser needs into the folder (-dir, "assets"), at
// package@version/ as the CDN serves it. Embed the folder with
// //go:embed all:assets and give it to jp.WithAssets: with NO_INTERNET=True
// pages link those copies, and a library they lack is named in a warning
// at start. It runs neither npm nor any package's scripts. JustGo's own
// `make assets` is `go run ./cmd/justgo assets -dir static/local`.
package main
