package uploadingfiles

import (
	"bytes"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestUploadTest(t *testing.T) {
	uploads = t.TempDir()
	cfg := jp.DefaultConfig()
	cfg.MaxUploadFileBytes = 1000
	srv := jptest.New(t, UploadTest.App(cfg))
	p := srv.Open("/")
	p.ShouldSee("No images uploaded yet")

	pic := bytes.Repeat([]byte{0x89, 'P', 'N', 'G'}, 10)
	p.ChooseFiles(p.All("input")[0],
		jptest.File{Name: "one.png", Type: "image/png", Content: pic},
		jptest.File{Name: "big.png", Type: "image/png", Content: bytes.Repeat([]byte("x"), 1001)},
		jptest.File{Name: "two words.png", Type: "image/png", Content: pic})
	p.Click(p.ByText("Upload"))
	p.ShouldNotSee("No images uploaded yet")
	links := p.All("a")
	if len(links) != 2 || links[0].Attr("href") != "pictures/one.png" || links[1].Attr("download") != "two words.png" ||
		links[1].Kids[0].Attr("src") != "pictures/two%20words.png" || links[0].Class != "inline-block" {
		t.Fatalf("thumbnails: %+v", links)
	}
	if errs := p.Errors(); len(errs) != 1 || !strings.Contains(errs[0], "big.png is larger than the 1000 bytes limit") {
		t.Errorf("the person was told %q", errs)
	}
	if status, body := p.User().Get("/pictures/one.png"); status != 200 || !bytes.Equal(body, pic) {
		t.Errorf("the picture: %d %q", status, body)
	}
	// Another session has a folder of its own, and cannot see this one's.
	other := srv.NewUser()
	other.Open("/").ShouldSee("No images uploaded yet")
	if status, _ := other.Get("/pictures/one.png"); status != 404 {
		t.Errorf("another session got the picture: %d", status)
	}
	// The pictures are there on the next visit.
	again := srv.Open("/")
	if len(again.All("img")) != 2 {
		t.Errorf("a reload shows %d pictures", len(again.All("img")))
	}
}
