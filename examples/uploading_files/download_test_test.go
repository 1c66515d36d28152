package uploadingfiles

import (
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

func TestDownloadTest1(t *testing.T) {
	srv := catalogtest.Serve(t, DownloadTest1)
	p := srv.Open("/")
	link := p.ByRole("link", "Download File")
	if link.Attr("download") != "text_file.txt" || link.Attr("href") != "create_file" {
		t.Fatalf("%v", link.Attrs)
	}
	status, body := p.User().Get("/create_file")
	if status != 200 || !strings.HasPrefix(string(body), "This text file was generated on "+time.Now().Format("2006-01-02")) {
		t.Errorf("the file: %d %q", status, body)
	}
	p.Trigger(link, "click")
	if link.Class != "inline-block m-2 p-2 bg-blue-500 text-2xl text-yellow-500" {
		t.Errorf("after the click: %q", link.Class)
	}
}

func TestDownloadTest2(t *testing.T) {
	p := catalogtest.Open(t, DownloadTest2)
	in := p.All("input")[0]
	p.ChooseFiles(in, jptest.File{Name: "a.txt", Type: "text/plain", Content: []byte("hello")},
		jptest.File{Name: "b.png", Type: "image/png", Content: make([]byte, 1234)})
	p.ShouldSee("a.txt | 5 | text/plain |")
	p.ShouldSee("b.png | 1234 | image/png |")
	p.ChooseFiles(in, jptest.File{Name: "c.csv", Type: "text/csv", Content: []byte("1,2")})
	p.ShouldSee("c.csv | 3 | text/csv")
	p.ShouldNotSee("a.txt")
}
