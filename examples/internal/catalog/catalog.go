// Package catalog describes JustGo's ports of JustPy's programs, chapter by
// chapter, so that each can run alone (its main calls jp.Run with its
// Example's App) and all of them together in the demo browser
// (examples/browser).
//
// A chapter is a package under examples/ named after JustPy's chapter
// (examples/html_components); each of its programs is a file named after
// the program (html_comps1.go; count_test_.go for count_test, as Go takes
// a name ending in _test.go for a test) holding the Python's functions in Go and an
// exported Example, and a folder of that name with the program's main. The
// chapter's Chapter lists them in the tutorial's order.
//
// Everything here is values: nothing registers itself, and an App is made
// only when App is called, with the configuration given.
package catalog

import (
	"fmt"
	"io/fs"

	jp "github.com/justgo/justgo"
)

// Example is one ported program.
type Example struct {
	Name   string                  // JustPy's name of the program: html_comps1
	Doc    string                  // what it shows, in one line
	Source string                  // its file in its chapter's Sources: html_comps1.go
	Path   string                  // the path to open first, when not "/": "/hello"
	App    func(jp.Config) *jp.App // makes it, with its routes and options
}

// Start is the path to open first: Path, or "/".
func (e Example) Start() string {
	if e.Path == "" {
		return "/"
	}
	return e.Path
}

// Chapter is the programs of one chapter of JustPy's documentation.
type Chapter struct {
	Name     string // JustPy's name of the chapter, the folder under examples/: html_components
	Title    string // as the tutorial heads it: HTML Components
	Sources  fs.FS  // the chapter's Go files, for reading
	Examples []Example
}

// Page is the App of a program that serves one page function at "/" (and,
// as JustPy's jp.justpy, at every path nothing else claims), with the App
// options given.
func Page[F jp.PageFunc](fn F, opts ...jp.AppOption) func(jp.Config) *jp.App {
	return func(cfg jp.Config) *jp.App {
		app := jp.NewApp(append([]jp.AppOption{jp.WithConfig(cfg)}, opts...)...)
		jp.Route(app, "/", fn)
		return app
	}
}

// Example returns the chapter's example of that name.
func (c Chapter) Example(name string) (Example, bool) {
	for _, e := range c.Examples {
		if e.Name == name {
			return e, true
		}
	}
	return Example{}, false
}

// Check says what is wrong with the chapter's list: an example without a
// name, a description, an App or a source file the chapter has, or two of
// one name.
func (c Chapter) Check() error {
	seen := map[string]bool{}
	for _, e := range c.Examples {
		switch {
		case e.Name == "" || e.Doc == "" || e.App == nil:
			return fmt.Errorf("%s: example %q lacks a name, a description or an App", c.Name, e.Name)
		case seen[e.Name]:
			return fmt.Errorf("%s: two examples are named %s", c.Name, e.Name)
		}
		seen[e.Name] = true
		if _, err := fs.Stat(c.Sources, e.Source); err != nil {
			return fmt.Errorf("%s/%s: its source: %w", c.Name, e.Name, err)
		}
	}
	return nil
}
