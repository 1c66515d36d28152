package htmlcomponents

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestHTMLComps6(t *testing.T) {
	p := catalogtest.Open(t, HTMLComps6)
	images := p.All("img")
	if len(images) != 37 {
		t.Fatalf("%d images", len(images))
	}
	image := images[3]
	if image.Style != "transform: rotate(30deg)" || image.Attr("width") != "100" {
		t.Fatalf("the fourth image: %q %v", image.Style, image.Attrs)
	}
	p.Trigger(image, "mouseenter")
	if image.Style != "transform: rotate(0deg)" {
		t.Errorf("under the mouse: %q", image.Style)
	}
	p.Trigger(image, "mouseleave")
	if image.Style != "transform: rotate(30deg)" {
		t.Errorf("the mouse gone: %q", image.Style)
	}
	// A click sets its degree to 0: it stays straight, and turns red.
	p.Trigger(image, "mouseenter")
	p.Click(image)
	p.Trigger(image, "mouseleave")
	if image.Style != "transform: rotate(0deg)" || image.Class != "m-4 p-4 inline-block bg-red-200" {
		t.Errorf("after a click: %q %q", image.Style, image.Class)
	}
	if images[4].Style != "transform: rotate(40deg)" {
		t.Errorf("another image changed: %q", images[4].Style)
	}
	if status, body := p.User().Get("/" + image.Attr("src")); status != 200 || !strings.Contains(string(body), "Python") {
		t.Errorf("the picture: %d %.60s", status, body)
	}
}
