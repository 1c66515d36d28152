package jptest

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/internal/wire/wiretest"
	"github.com/justgo/justgo/page"
	"golang.org/x/net/html"
)

var seedFlag = flag.Uint64("seed", 0, "replay TestModelMatchesFreshRender with this seed (or set JP_SEED)")

// modelSteps is how many random steps each seed runs; JP_STEPS=N runs
// more.
const modelSteps = 300

// After every flush of random changes, the page as jptest applied the
// patches (by the client's rules) is the page a fresh render shows. Seed 1
// always runs, then three random seeds; a failure names its seed, which
// -seed=N (or JP_SEED=N) replays alone.
func TestModelMatchesFreshRender(t *testing.T) {
	steps := modelSteps
	if s := os.Getenv("JP_STEPS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("JP_STEPS=%q: %v", s, err)
		}
		steps = n
	}
	for _, seed := range seeds(t) {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) { checkModel(t, seed, steps) })
	}
}

// seeds are the seeds to run: the one asked for, or 1 and three random ones.
func seeds(t *testing.T) []uint64 {
	if *seedFlag != 0 {
		return []uint64{*seedFlag}
	}
	if s := os.Getenv("JP_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("JP_SEED=%q: %v", s, err)
		}
		return []uint64{n}
	}
	return []uint64{1, rand.Uint64(), rand.Uint64(), rand.Uint64()}
}

func checkModel(t *testing.T, seed uint64, steps int) {
	r := wiretest.NewRandom(seed)
	pages := make(chan *jp.WebPage, 1)
	cfg := jp.DefaultConfig()
	cfg.MaxMessagesPerSecond = 0 // a sync a step, faster than any person
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		r.Build(wp)
		pages <- wp
		return wp
	})
	srv := New(t, app)
	p := srv.Open("/")
	wp := <-pages
	var fresh string
	wp.DoWait(func() { fresh = freshRender(wp) })
	if diff := compareModel(p.Root(), fresh); diff != "" {
		t.Fatalf("seed %d: the first paint differs from its render:\n%s", seed, diff)
	}
	var history []string
	for i := range steps {
		var did []string
		wp.DoWait(func() { did = r.Step() })
		wp.DoWait(func() { fresh = freshRender(wp) }) // after the flush, as a fresh load renders
		p.Sync()
		history = append(history, fmt.Sprintf("%d: %s", i+1, strings.Join(did, "; ")))
		if diff := compareModel(p.Root(), fresh); diff != "" {
			t.Fatalf("seed %d (replay: go test ./jptest -run TestModelMatchesFreshRender -seed=%d), step %d: the model differs from a fresh render:\n%s\nthe last steps:\n%s",
				seed, seed, i+1, diff, strings.Join(history[max(0, len(history)-8):], "\n"))
		}
	}
}

// freshRender is the HTML of the page's components now; it runs on the
// page's goroutine.
func freshRender(wp *page.WebPage) string {
	var b strings.Builder
	for _, c := range wp.Components() {
		b.WriteString(page.RenderHTML(c))
	}
	return b.String()
}

// compareModel returns how model differs from the nodes jptest reads from
// the HTML of a fresh render, or "".
func compareModel(model *Node, fresh string) string {
	doc, err := html.Parse(strings.NewReader(`<!DOCTYPE html><body><div id="` + wire.ElementRoot + `">` + fresh + `</div>`))
	if err != nil {
		return err.Error()
	}
	var root *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && attr(n, "id") == wire.ElementRoot {
			root = n
		}
		for c := n.FirstChild; c != nil && root == nil; c = c.NextSibling {
			find(c)
		}
	}
	find(doc)
	want, got := dumpKids(fromHTML(root)), dumpKids(model)
	if want == got {
		return ""
	}
	return lineDiff(want, got)
}

// dumpKids writes a node's children one line each, indented by depth,
// with what the browser would show of them.
func dumpKids(n *Node) string {
	var b strings.Builder
	for _, k := range n.Kids {
		dump(&b, k, 0)
	}
	return b.String()
}

func dump(b *strings.Builder, n *Node, depth int) {
	b.WriteString(strings.Repeat("  ", depth))
	if n.Tag == wire.TextTag {
		fmt.Fprintf(b, "#text %s %q\n", n.Ref, n.Text)
		return
	}
	fmt.Fprintf(b, "<%s %s>", n.Tag, n.Ref)
	for _, k := range slices.Sorted(maps.Keys(n.Attrs)) {
		fmt.Fprintf(b, " %s=%q", k, n.Attrs[k])
	}
	if n.Class != "" {
		fmt.Fprintf(b, " class=%q", n.Class)
	}
	if n.Style != "" {
		fmt.Fprintf(b, " style=%q", n.Style)
	}
	if n.Hidden {
		b.WriteString(" hidden")
	}
	if len(n.On) > 0 {
		fmt.Fprintf(b, " on=%q", strings.Join(n.On, wire.EventSep))
	}
	for _, k := range slices.Sorted(maps.Keys(n.Props)) {
		if v := n.Props[k]; v != nil { // null is no property, as a fresh render leaves it out
			js, _ := json.Marshal(v)
			fmt.Fprintf(b, " .%s=%s", k, js)
		}
	}
	if isControl(n) {
		fmt.Fprintf(b, " value=%q", n.Value)
	}
	if hasChecked(n) && n.Checked {
		b.WriteString(" checked")
	}
	if n.HTML != "" {
		fmt.Fprintf(b, " html=%q", n.HTML)
	}
	if n.Text != "" {
		fmt.Fprintf(b, " text=%q", n.Text)
	}
	b.WriteByte('\n')
	for _, k := range n.Kids {
		dump(b, k, depth+1)
	}
}

// lineDiff shows want and got line by line, marking the lines that differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	b.WriteString("(- fresh render, + jptest's model)\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			b.WriteString("  " + wl + "\n")
			continue
		}
		b.WriteString("- " + wl + "\n+ " + gl + "\n")
	}
	return b.String()
}
