package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/justgo/justgo/htmlparse"
	"github.com/justgo/justgo/page"
)

var roundTrips = []string{
	`<div class="w-full max-w-xs"><form class="bg-white"><label for="username">
        Username
      </label><input class="shadow" type="text" placeholder="Username" name="user_name"><button type="button" name="sign_in_btn">Sign In</button></form></div>`,
	`<div role="alert" hidden style="color: red"><p>Please enter "password" again.</p></div>`,
	`<p>Hello <b>bold</b> and <i>it</i> end</p>`,
	`<svg viewBox="0 0 10 10"><linearGradient id="g"></linearGradient><circle cx="5" r="4"/></svg>`,
	`<select name="s"><option value="a">A</option><option value="b" selected>B</option></select><textarea name="t">text
here</textarea>`,
	`<input type="checkbox" checked disabled data-x="1"><a href="/x">link</a><img src="/i.png" alt=""><my-widget size="3">custom</my-widget>`,
	`<style>p > b { color: red }</style><span>a\b "q" ` + "`tick`" + `</span>`,
}

// HTML → Go → run → the same tree as ParseHTML makes.
func TestRoundTrip(t *testing.T) {
	dir, err := os.MkdirTemp(".", "roundtrip-") // inside the module, to import it
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	var prog strings.Builder
	prog.WriteString("package main\n\nimport (\n\t\"fmt\"\n\n\tjp \"github.com/justgo/justgo\"\n\t\"github.com/justgo/justgo/page\"\n)\n\n")
	var want []string
	for i, html := range roundTrips {
		src, err := Generate(strings.NewReader(html), fmt.Sprintf("build%d", i), "")
		if err != nil {
			t.Fatal(err)
		}
		prog.Write(src)
		want = append(want, withoutIDs(page.RenderHTML(htmlparse.Parse(html).Element)))
	}
	prog.WriteString("\nfunc main() {\n")
	for i := range roundTrips {
		fmt.Fprintf(&prog, "\tfmt.Println(page.RenderHTML(build%d()))\n\tfmt.Println(\"--\")\n", i)
	}
	prog.WriteString("}\n")
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(prog.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("go", "run", "./"+dir).CombinedOutput()
	if err != nil {
		t.Fatalf("running the generated code: %v\n%s\n%s", err, out, prog.String())
	}
	got := strings.Split(strings.TrimSuffix(string(out), "--\n"), "\n--\n")
	if len(got) != len(want) {
		t.Fatalf("got %d trees, want %d:\n%s", len(got), len(want), out)
	}
	for i := range want {
		if g := withoutIDs(strings.TrimSuffix(got[i], "\n")); g != want[i] {
			t.Errorf("case %d:\n got  %s\n want %s", i, g, want[i])
		}
	}
}

var ids = regexp.MustCompile(` data-jp="[^"]*"|<!--jp:[^>]*-->`)

func withoutIDs(s string) string { return ids.ReplaceAllString(s, "") }

func TestGenerateWholeFile(t *testing.T) {
	src, err := Generate(strings.NewReader(`<p class="x">hi</p>`), "hello", "pages")
	if err != nil {
		t.Fatal(err)
	}
	want := "package pages\n\nimport jp \"github.com/justgo/justgo\"\n\nfunc hello() *jp.Element {\n\treturn jp.P(jp.Text(\"hi\"), jp.Classes(\"x\"))\n}\n"
	if string(src) != want {
		t.Errorf("got\n%s\nwant\n%s", src, want)
	}
}
