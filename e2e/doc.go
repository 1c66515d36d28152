// Package e2e holds JustGo's browser tests: each builds an example with
// `go build`, runs it on a free loopback port and drives it in headless
// Chromium (Debian's /usr/bin/chromium) through chromedp. It is a module of
// its own so that the framework's go.mod carries only runtime dependencies.
//
// Without Chromium the tests skip, except in CI (CI=true), where they fail.
package e2e
