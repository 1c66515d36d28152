package main

import (
	"bytes"
	"go/constant"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/justgo/justgo/internal/gen/gentest"
	"github.com/justgo/justgo/static"
)

const (
	wireDir    = "../../wire"
	clientPath = "../../../static/client.js"
)

// The client's generated block is what internal/wire says now: a constant
// changed without `go generate ./internal/wire` fails here, in CI too.
func TestClientIsUpToDate(t *testing.T) {
	src, err := os.ReadFile(clientPath)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Generate(wireDir, src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, want) {
		t.Errorf("static/client.js is out of date with internal/wire: run `go generate ./internal/wire` (make generate)\n%s",
			gentest.FirstDifference(src, want))
	}
}

// Generating twice changes nothing, and the block replaces itself.
func TestGenerateIsStable(t *testing.T) {
	src := []byte("(function () {\n  // BEGIN GENERATED\n  stale\n  // END GENERATED\n  go();\n})();\n")
	once, err := Generate(wireDir, src)
	if err != nil {
		t.Fatal(err)
	}
	twice, err := Generate(wireDir, once)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(once, twice) {
		t.Error("a second run changed the client")
	}
	if bytes.Contains(once, []byte("stale")) || !bytes.HasSuffix(once, []byte("  // END GENERATED\n  go();\n})();\n")) {
		t.Errorf("the block was not replaced in place:\n%s", once)
	}
	if _, err := Generate(wireDir, []byte("no markers")); err == nil {
		t.Error("a client without markers was accepted")
	}
}

func TestJSName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"AttrID", "attrID"},
		{"CloseUnknownPage", "closeUnknownPage"},
		{"HTTPOn", "httpOn"},
		{"URL", "url"},
		{"RootID", "rootID"},
		{"TypeEvent", "typeEvent"},
	} {
		if got := jsName(tc.in); got != tc.want {
			t.Errorf("jsName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every W.name the client uses is generated: a typo would be undefined,
// silently, in JavaScript.
func TestClientUsesOnlyGeneratedNames(t *testing.T) {
	names := generatedNames(t)
	_, code := clientParts(t)
	for _, m := range regexp.MustCompile(`\bW\.([A-Za-z0-9_]+)`).FindAllStringSubmatch(code, -1) {
		if !names[m[1]] {
			t.Errorf("client.js uses W.%s, which internal/wire does not define", m[1])
		}
	}
}

// Outside the generated block the client spells no name of the protocol
// as a string literal: it says W.typePatch, never "patch".
func TestClientSpellsNoWireLiteral(t *testing.T) {
	// Strings that are also keys of a message, which the client reads as
	// JSON keys, not as the constant.
	jsonKeys := map[string]bool{
		"dark": true, // Body.Dark's key, and ClassDark
	}
	values := map[string]string{}
	for _, g := range loadGroups(t) {
		for _, k := range g.consts {
			if k.value.Kind() == constant.String {
				if v := constant.StringVal(k.value); len(v) >= 2 && !jsonKeys[v] {
					values[v] = k.name
				}
			}
		}
	}
	_, code := clientParts(t)
	for i, line := range strings.Split(code, "\n") {
		for _, lit := range stringLiterals(line) {
			for v, name := range values {
				if lit == v || strings.Contains(lit, v) && strings.HasPrefix(v, "data-jp") {
					t.Errorf("client.js line %d spells %q: use W.%s", i+1, lit, jsName(name))
				}
			}
		}
	}
}

// The page's document (static.WritePage, every option on) has only
// attributes and ids that internal/wire names, so the client finds them.
func TestShellUsesWireNames(t *testing.T) {
	w := httptest.NewRecorder()
	err := static.WritePage(w, &static.Document{Base: "/", Dark: true, PageID: "p", URL: "/u", HTTPEvents: true, ReloadMS: 1,
		Rejoin: "r", Events: []string{"page_ready"}, UploadFileBytes: 1, UploadBytes: 2})
	if err != nil {
		t.Fatal(err)
	}
	shell := w.Body.Bytes()
	values := map[string]bool{}
	for _, g := range loadGroups(t) {
		for _, k := range g.consts {
			if k.value.Kind() == constant.String {
				values[constant.StringVal(k.value)] = true
			}
		}
	}
	found := regexp.MustCompile(`\b(data-jp[a-z-]*)=|id="(jp-[a-z-]+)"|#(jp-[a-z-]+)\b`).FindAllSubmatch(shell, -1)
	if len(found) == 0 {
		t.Fatal("the shell names no attribute of JustGo's")
	}
	for _, m := range found {
		for _, name := range m[1:] {
			if len(name) > 0 && !values[string(name)] {
				t.Errorf("static.WritePage writes %s, which internal/wire does not define", name)
			}
		}
	}
}

func loadGroups(t *testing.T) []group {
	t.Helper()
	groups, err := load(wireDir)
	if err != nil {
		t.Fatal(err)
	}
	return groups
}

func generatedNames(t *testing.T) map[string]bool {
	names := map[string]bool{}
	for _, g := range loadGroups(t) {
		for _, k := range g.consts {
			names[jsName(k.name)] = true
		}
	}
	return names
}

// clientParts splits the client into its generated block and the rest.
func clientParts(t *testing.T) (block, code string) {
	t.Helper()
	src, err := os.ReadFile(clientPath)
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	begin, end := strings.Index(s, BeginMarker), strings.Index(s, EndMarker)
	if begin < 0 || end < begin {
		t.Fatal("client.js has no generated block")
	}
	return s[begin:end], s[:begin] + s[end:]
}

// stringLiterals returns the quoted strings of one line of JavaScript,
// up to a // comment.
func stringLiterals(line string) []string {
	var out []string
	var quote byte
	start := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0 && c == '\\':
			i++
		case quote != 0 && c == quote:
			out = append(out, line[start:i])
			quote = 0
		case quote != 0:
		case c == '"' || c == '\'':
			quote, start = c, i+1
		case c == '/' && i+1 < len(line) && line[i+1] == '/':
			return out
		}
	}
	return out
}
