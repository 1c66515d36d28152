package static

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestStaticTest(t *testing.T) {
	srv := catalogtest.Serve(t, StaticTest)
	p := srv.Open("/")
	img := p.ByRole("img", "A papillon")
	if img.Attr("src") != "static/papillon.svg" {
		t.Fatalf("src %q", img.Attr("src"))
	}
	status, body := p.User().Get("/static/papillon.svg")
	if status != 200 || !strings.Contains(string(body), "<title>Papillon</title>") {
		t.Errorf("the picture: %d %.80s", status, body)
	}
	if status, _ := p.User().Get("/static/other.svg"); status != 404 {
		t.Errorf("another file: %d", status)
	}
}
