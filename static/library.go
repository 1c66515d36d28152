package static

import (
	"path"
	"slices"
	"strings"
)

// A Library is a browser library pages may link: an npm package at a pinned
// version and the files of it a browser needs. `justgo assets` fetches
// those files into an assets folder, at Dir()/file, the same path the CDN
// serves them at, so a library's own relative URLs (a stylesheet's fonts,
// an ES module's chunks) work from either.
type Library struct {
	Name    string // what `justgo assets` calls it, when not its package's name without the scope
	Package string // the npm package, "tailwindcss"
	Version string // pinned, "2.2.19"
	// Integrity is the registry's hash of the package's tarball (npm's
	// "dist.integrity"): what is fetched is checked against it.
	Integrity string
	Files     []string // what a browser needs: files, or folders ending in "/"
	Skip      []string // within those folders: base-name patterns (path.Match) or sub-folders ending in "/"
	License   []string // files shipped with it, whatever Files says
}

// The libraries JustGo links. Pages link each only when they use it.
var (
	Tailwind = Library{Package: "tailwindcss", Version: "2.2.19",
		Integrity: "sha512-6Ui7JSVtXadtTUo2NtkBBacobzWiQYVjYW0ZnKaP9S1ZCKQ0w7KVNz+YSDI/j7O7KCMHbOkz94ZMQhbT9pOqjw==",
		Files:     []string{"dist/tailwind.min.css", "dist/tailwind-dark.min.css"}, License: []string{"LICENSE"}}
	// animate.css 3.7, the version JustPy's animation names follow.
	Animate = Library{Package: "animate.css", Version: "3.7.0",
		Integrity: "sha512-u3iMXDJr0cxMdQocIciDiou9Au4L5f9uT+/jCtprw3s1j3HcfCuI+khF+90Ps2KdsEhM2soF7SXB4WUvI3HlXg==",
		Files:     []string{"animate.min.css"}, License: []string{"LICENSE"}}
	// Font Awesome 5's stylesheet and the woff2 fonts every browser JustGo
	// supports reads, beside it as the stylesheet expects.
	FontAwesome = Library{Package: "@fortawesome/fontawesome-free", Version: "5.9.0",
		Integrity: "sha512-g795BBEzM/Hq2SYNPm/NQTIp3IWd4eXSH0ds87Na2jnrAUFX3wkyZAI4Gwj9DOaWMuz2/01i8oWI7P7T/XLkhg==",
		Files:     []string{"css/all.min.css", "webfonts/"}, Skip: []string{"*.eot", "*.svg", "*.ttf", "*.woff"},
		License: []string{"LICENSE.txt"}}
	// Web Awesome's MIT core as ES modules, without what only bundlers,
	// React and servers use, and with only the English translation.
	WebAwesome = Library{Package: "@awesome.me/webawesome", Version: "3.14.0",
		Integrity: "sha512-m5rTGLK/iOvaVFOkYxRjiBOp8lwrBap5tv+zz1gsqLgAxlfwdvElB7BVGjs+Lf9gDps7bWRPTkG0FwZk40mk2A==",
		// Its manifest is what internal/gen/wa generates package wa from.
		Files: []string{"dist-cdn/", "dist-cdn/translations/en.js", "dist-cdn/custom-elements.json"},
		Skip: []string{"react/", "ssr/", "types/", "skills/", "*.d.ts", "*.map", "llms.txt", "web-types.json",
			"vscode.html-custom-data.json", "webawesome.ssr-loader.js", "translations/"},
		License: []string{"LICENSE.md"}}
	// Font Awesome 7's free icons as SVG files, which Web Awesome's wa-icon
	// shows (its default library is Font Awesome 7, from a CDN otherwise).
	FontAwesomeIcons = Library{Name: "fontawesome-icons", Package: "@fortawesome/fontawesome-free", Version: "7.3.0",
		Integrity: "sha512-Yw4Qa43P6e4Xwh0TwEUkHQNRJInWaqIBo73VJmns3j2AIlZPAvUcR4yGIxCPqPRCgyJ5KIVIalF/I1GxhZ/Kgw==",
		Files:     []string{"svgs/solid/", "svgs/regular/", "svgs/brands/"}, License: []string{"LICENSE.txt"}}
	ECharts = Library{Package: "echarts", Version: "6.1.0",
		Integrity: "sha512-q0yaFPggC9FUdsWH4blavRWFmxdrIodbkoKNAjJudAI6CA9gNPxHtV2RcZNEepZVlk4yvBYkOkbk6HIVpIyHZA==",
		Files:     []string{"dist/echarts.min.js"}, License: []string{"LICENSE", "NOTICE"}}
	AgGrid = Library{Package: "ag-grid-community", Version: "36.2.0",
		Integrity: "sha512-tK0Toj7t0fV/OMLPnDc0xlYKAqDbnCT3iJodYSn2TJ541caU8jPdYwWhMdW+AP2+pUNwFiJVgc04eJNfvBPsWw==",
		Files:     []string{"dist/ag-grid-community.min.js"}, License: []string{"LICENSE.txt"}}
	KaTeX = Library{Package: "katex", Version: "0.19.1",
		Integrity: "sha512-jG8uKntjSEcm2EpQOh0XturpPuuC9r3Sq5HLHdsFdWZT27E672SF19QEi+of0/YeOy15lDgRhKvr5614uRrEfA==",
		Files:     []string{"dist/katex.min.css", "dist/katex.min.js", "dist/fonts/"}, Skip: []string{"*.ttf", "*.woff"},
		License: []string{"LICENSE"}}
)

// Libraries lists every Library, in the order `justgo assets` fetches them.
func Libraries() []*Library {
	return []*Library{&Tailwind, &Animate, &FontAwesome, &WebAwesome, &FontAwesomeIcons, &ECharts, &AgGrid, &KaTeX}
}

// Dir is the library's folder in an assets folder and in its URLs,
// "tailwindcss@2.2.19": a version in the path makes every file in it
// immutable.
func (l *Library) Dir() string { return l.Package + "@" + l.Version }

// Tarball is the package's path in an npm registry,
// "@scope/name/-/name-1.0.0.tgz".
func (l *Library) Tarball() string {
	name := l.Package[strings.LastIndexByte(l.Package, '/')+1:]
	return l.Package + "/-/" + name + "-" + l.Version + ".tgz"
}

// CDNBase is where the CDN serves the library's files.
const CDNBase = "https://cdn.jsdelivr.net/npm/"

// CDN is the CDN's URL of one of the library's files.
func (l *Library) CDN(file string) string { return CDNBase + l.Dir() + "/" + file }

// Wants reports whether file, a path within the package, is one a browser
// needs (or a licence that goes with them).
func (l *Library) Wants(file string) bool {
	// A file named outright is wanted whatever a folder's Skip says.
	if slices.Contains(l.License, file) || slices.Contains(l.Files, file) {
		return true
	}
	for _, f := range l.Files {
		if strings.HasSuffix(f, "/") && strings.HasPrefix(file, f) {
			return !l.skips(file[len(f):])
		}
	}
	return false
}

func (l *Library) skips(rest string) bool {
	for _, s := range l.Skip {
		if strings.HasSuffix(s, "/") {
			if strings.HasPrefix(rest, s) {
				return true
			}
		} else if ok, _ := path.Match(s, path.Base(rest)); ok {
			return true
		}
	}
	return false
}
