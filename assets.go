package jp

import (
	"io/fs"
	"strings"
	"sync"

	"github.com/justgo/justgo/chart"
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
// under base: Web Awesome's theme and loader for its wa- elements (the
// loader defines each component when the page first has one).
func (a *App) libraryFiles(base string) func(tag string) []wire.Asset {
	return func(tag string) []wire.Asset {
		switch tag {
		case chart.Tag:
			return a.adapter(base, &static.ECharts, "dist/echarts.min.js", static.EChartFile)
		case grid.Tag:
			return a.adapter(base, &static.AgGrid, "dist/ag-grid-community.min.js", static.AgGridFile)
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
