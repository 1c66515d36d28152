package demos

import (
	"bytes"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

func TestClickDemo(t *testing.T) {
	p := catalogtest.Open(t, ClickDemoExample)
	d := p.ByText("Not clicked yet")
	p.Click(d)
	p.Click(d)
	p.Click(d)
	if d.Text != "I was clicked 3 times" {
		t.Errorf("%q", d.Text)
	}
	p.User().Open("/").ShouldSee("Not clicked yet") // each page counts its own
}

func TestMultiuploads(t *testing.T) {
	p := catalogtest.Open(t, Multiuploads)
	inputs := p.All("input")
	p.ChooseFiles(inputs[0], jptest.File{Name: "a.txt", Type: "text/plain", Content: []byte("hello")})
	p.ChooseFiles(inputs[1], jptest.File{Name: "b.bin", Content: bytes.Repeat([]byte{1}, 300)},
		jptest.File{Name: "c.bin", Content: []byte{1, 2}})
	p.Click(inputs[2])
	p.ShouldSee("File uploaded: a.txt of 5")
	p.ShouldSee("File uploaded: b.bin of 300")
	p.ShouldSee("File uploaded: c.bin of 2")
	if n := len(p.All("li")); n != 3 {
		t.Errorf("%d files listed", n)
	}
}
