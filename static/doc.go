// Package static serves what JustGo serves besides pages: the browser
// client and, when `make assets` fetched them, the stylesheets pages link
// (Tailwind, animate.css, Font Awesome and its fonts), all embedded in the
// binary (Assets); the page shell, the HTML document around a rendered page
// (WritePage), with the path the App is mounted at (BasePath); and the
// static folder, served as it is (Folder).
//
// It knows neither the App nor the page model: WritePage takes a Document
// of plain values, so that the root package, which has both, fills it.
//
// # Concurrency
//
// Everything here may be called from any goroutine. The embedded files are
// hashed and compressed once, when first asked for, and never change.
package static
