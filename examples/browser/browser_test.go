package main

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestChaptersAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range chapters {
		if err := c.Check(); err != nil {
			t.Error(err)
		}
		if seen[c.Name] {
			t.Errorf("chapter %s is listed twice", c.Name)
		}
		seen[c.Name] = true
	}
}

// Every example answers under the browser with its page, whose client then
// connects; and the index links it and its source.
func TestEveryExampleAnswersUnderTheBrowser(t *testing.T) {
	t.Setenv("DOG_CEO", "off") // the dog programs draw their pictures: no dog.ceo
	b := New(jp.DefaultConfig(), chapters)
	srv := jptest.New(t, b)
	links := map[string]bool{}
	for _, a := range srv.Open("/").All("a") {
		links[a.Attr("href")] = true
	}
	for _, c := range chapters {
		for _, e := range c.Examples {
			t.Run(c.Name+"/"+e.Name, func(t *testing.T) {
				if !links[ExamplePath(c, e)+e.Start()] {
					t.Errorf("the index has no link to %s", ExamplePath(c, e)+e.Start())
				}
				status, body := srv.NewUser().Get(ExamplePath(c, e) + e.Start())
				if status != http.StatusOK || !strings.Contains(string(body), "<html") {
					t.Errorf("GET %s%s: %d\n%.300s", ExamplePath(c, e), e.Start(), status, body)
				}
				resp, err := http.Get(srv.URL() + SourcePath(c, e.Source))
				if err != nil {
					t.Fatal(err)
				}
				src, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") ||
					!strings.Contains(string(src), `Name: "`+e.Name+`"`) {
					t.Errorf("the source of %s: %d %s\n%.200s", e.Name, resp.StatusCode, resp.Header.Get("Content-Type"), src)
				}
			})
		}
	}
	if status, _ := srv.NewUser().Get("/source/" + chapters[0].Name + "/../browser/main.go"); status == http.StatusOK {
		t.Error("the source server serves a file outside its chapter")
	}
}

// Each example has its main, which says what it is and runs its Example.
func TestEveryExampleHasItsMain(t *testing.T) {
	for _, c := range chapters {
		for _, e := range c.Examples {
			file := filepath.Join("..", c.Name, e.Name, "main.go")
			src, err := os.ReadFile(file)
			if err != nil {
				t.Error(err)
				continue
			}
			if !strings.HasPrefix(string(src), "// Command "+e.Name+" is JustPy's ") || !strings.Contains(string(src), "jp.Run(") {
				t.Errorf("%s does not start with its doc comment and run its Example:\n%.300s", file, src)
			}
		}
	}
}

// Every program under examples compiles and passes go vet, the ones in no
// chapter included (vet type-checks each package, mains too, without the
// minutes that linking every one takes).
func TestEveryExampleBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("vets every example")
	}
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet ./examples/...: %v\n%s", err, out)
	}
}
