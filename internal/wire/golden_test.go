package wire_test

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/justgo/justgo/internal/wire/wiretest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata from what the server sends now")

// The exact first paint and messages of each kind of change, against the
// golden files in testdata. A change to the protocol shows here as a diff
// of those files: rewrite them with
//
//	go test ./internal/wire -run Golden -update
//
// and review it. e2e's TestGoldenReplay sends the same scenarios through
// the real client and checks the DOM it makes.
func TestGolden(t *testing.T) {
	seen := map[string]bool{}
	for _, sc := range wiretest.Scenarios() {
		t.Run(sc.Name, func(t *testing.T) {
			path := filepath.Join("testdata", sc.Name+".json")
			seen[filepath.Base(path)] = true
			g, err := wiretest.Record(sc)
			if err != nil {
				t.Fatal(err)
			}
			got := g.Encode()
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (write it with -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from what the server sends (rewrite it with -update if the change is meant):\n%s",
					path, lineDiff(string(want), string(got)))
			}
		})
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	for _, f := range files {
		if !seen[filepath.Base(f)] && !*update {
			t.Errorf("%s belongs to no scenario", f)
		}
	}
}

// Running a scenario twice sends the same, once ids are named: nothing
// depends on map order or on the ids a process has handed out.
func TestGoldenIsDeterministic(t *testing.T) {
	for _, sc := range wiretest.Scenarios() {
		a, err := wiretest.Record(sc)
		if err != nil {
			t.Fatal(err)
		}
		b, err := wiretest.Record(sc)
		if err != nil {
			t.Fatal(err)
		}
		if string(a.Encode()) != string(b.Encode()) {
			t.Errorf("%s: two runs differ:\n%s", sc.Name, lineDiff(string(a.Encode()), string(b.Encode())))
		}
	}
}

// lineDiff shows the lines of want and got that differ, with their
// numbers.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 20; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("line " + strconv.Itoa(i+1) + "\n  want " + wl + "\n  got  " + gl + "\n")
			shown++
		}
	}
	return b.String()
}
