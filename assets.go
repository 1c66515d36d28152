package jp

import (
	"io/fs"
	"strings"
	"sync"

	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/equation"
	"github.com/justgo/justgo/grid"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/static"
)

// WithAssets adds a folder of browser libraries to the App: what
// `go run github.com/justgo/justgo/cmd/justgo assets` fetched into the
// module's assets folder, embedded in the binary. With NO_INTERNET=True (the
// default) pages link these copies instead of the CDN's:
//
//	//go:embed all:assets
//	var assets embed.FS
//
//	app := jp.NewApp(jp.WithAssets(assets))
//
// The libraries may be at the folder's root or under "assets/". Folders
// given earlier win; JustGo's own (filled by `make assets` in its checkout)
// comes last.
func WithAssets(folder fs.FS) AppOption {
	return func(a *App) { a.folders = append(a.folders, folder) }
}

// LibraryFile is a file a library-backed element needs: a stylesheet, an
// ES module or a classic script (StyleFile, ModuleFile, ScriptFile).
//
// Fields of wire.Asset:
//
//   - Kind string: AssetStyle, AssetModule or AssetScript
//   - URL string
//
// Full documentation: go doc github.com/justgo/justgo/internal/wire Asset, or Asset.Kind for one field.
type LibraryFile = wire.Asset

// StyleFile, ModuleFile and ScriptFile name a library's files by URL: a
// path starting with "/" is within the app, wherever it is mounted.
func StyleFile(url string) LibraryFile  { return LibraryFile{Kind: wire.AssetStyle, URL: url} }
func ModuleFile(url string) LibraryFile { return LibraryFile{Kind: wire.AssetModule, URL: url} }
func ScriptFile(url string) LibraryFile { return LibraryFile{Kind: wire.AssetScript, URL: url} }

// WithLibrary makes pages that have an element of tag (or, when tag ends
// in "-", of any tag it begins) link files, once: how an app wraps a
// browser library as JustGo wraps ECharts — a custom element defined by a
// module of its own (served from STATIC_DIRECTORY or embedded), whose
// state the server sets as properties (Element.SetProp, or BuildProps and
// CallUpdate for what only changes), whose methods it calls (Element.Call)
// and whose events are custom events with detail (msg.Detail):
//
//	app := jp.NewApp(jp.WithLibrary("my-map", jp.StyleFile("/static/leaflet.css"),
//		jp.ScriptFile("/static/leaflet.js"), jp.ModuleFile("/static/my-map.js")))
func WithLibrary(tag string, files ...LibraryFile) AppOption {
	return func(a *App) {
		if a.libs == nil {
			a.libs = map[string][]wire.Asset{}
		}
		a.libs[strings.ToLower(tag)] = files
	}
}

// fetchCommand is what a missing library's warning tells the developer to run.
const fetchCommand = "go run github.com/justgo/justgo/cmd/justgo assets (then embed the folder with jp.WithAssets)"

// missingAssets warns, once per library, when NO_INTERNET wants the App's
// own copies of libraries its pages link and the App has not got them.
type missingAssets struct{ warned sync.Map }

func (a *App) warnMissing(libs ...*static.Library) {
	if !a.cfg.NoInternet {
		return
	}
	for _, l := range libs {
		if _, done := a.missing.warned.LoadOrStore(l.Dir(), true); done {
			continue
		}
		if files := a.assets.Missing(l); len(files) > 0 {
			a.log.Warn("justgo: NO_INTERNET=True but the App has no copy of "+l.Dir()+", so pages link its CDN; fetch it with: "+fetchCommand,
				"missing", strings.Join(files, ", "))
		}
	}
}

// libraryFiles maps a tag to the library files its element needs, linked
// under base: a chart's, a grid's or an equation's library and adapter;
// Web Awesome's theme and loader for its wa- elements (the loader defines
// each component when the page first has one).
func (a *App) libraryFiles(base string) func(tag string) []wire.Asset {
	return func(tag string) []wire.Asset {
		if files := a.appLibrary(tag); files != nil {
			out := make([]wire.Asset, len(files))
			for i, f := range files {
				out[i] = wire.Asset{Kind: f.Kind, URL: inApp(base, f.URL)}
			}
			return out
		}
		switch tag {
		case chart.Tag:
			return a.adapter(base, &static.ECharts, "dist/echarts.min.js", static.EChartFile)
		case grid.Tag:
			return a.adapter(base, &static.AgGrid, "dist/ag-grid-community.min.js", static.AgGridFile)
		case equation.Tag:
			// KaTeX's stylesheet, whose fonts are beside it, and its script.
			return append([]wire.Asset{{Kind: wire.AssetStyle, URL: a.assets.URL(base, a.cfg.NoInternet, &static.KaTeX, "dist/katex.min.css")}},
				a.adapter(base, &static.KaTeX, "dist/katex.min.js", static.EquationFile)...)
		}
		if !strings.HasPrefix(tag, "wa-") {
			return nil
		}
		a.warnMissing(&static.WebAwesome)
		link := func(file string) string { return a.assets.URL(base, a.cfg.NoInternet, &static.WebAwesome, file) }
		files := []wire.Asset{
			{Kind: wire.AssetStyle, URL: link("dist-cdn/styles/webawesome.css")},
			{Kind: wire.AssetModule, URL: link("dist-cdn/webawesome.loader.js")},
		}
		// wa-icon's icons from the App's copy, where it has one and Web
		// Awesome's own (otherwise they come from Font Awesome's CDN).
		if a.cfg.NoInternet && a.assets.Has(&static.WebAwesome, "dist-cdn/webawesome.loader.js") &&
			a.assets.Has(&static.FontAwesomeIcons, "svgs/solid/user.svg") {
			files = append(files, wire.Asset{Kind: wire.AssetModule, URL: static.ScriptURL(base, static.IconsFile)})
		}
		return files
	}
}

// adapter is a library's script and JustGo's element over it.
func (a *App) adapter(base string, l *static.Library, file, element string) []wire.Asset {
	a.warnMissing(l)
	return []wire.Asset{
		{Kind: wire.AssetScript, URL: a.assets.URL(base, a.cfg.NoInternet, l, file)},
		{Kind: wire.AssetScript, URL: static.ScriptURL(base, element)},
	}
}

// appLibrary is what WithLibrary gave for tag: its own, or its prefix's.
func (a *App) appLibrary(tag string) []wire.Asset {
	if files, ok := a.libs[tag]; ok {
		return files
	}
	for prefix, files := range a.libs {
		if strings.HasSuffix(prefix, "-") && strings.HasPrefix(tag, prefix) {
			return files
		}
	}
	return nil
}
