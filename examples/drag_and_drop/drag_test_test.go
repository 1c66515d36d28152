package draganddrop

import (
	"net/http"
	"strings"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestDragTest(t *testing.T) {
	srv := catalogtest.Serve(t, DragTest)
	p := srv.Open("/")
	boxes := p.Root().Kids[0].Kids
	if len(boxes) != 30 || len(boxes[0].Kids) != 1 {
		t.Fatalf("%d boxes, the first holds %d", len(boxes), len(boxes[0].Kids))
	}
	img := boxes[0].Kids[0]
	if img.Attr("draggable") != "true" || img.Attr("data-drag-classes") != "text-white bg-red-500" || img.Attr("data-animation") != "zoomIn" {
		t.Fatalf("the image: %v", img.Attrs)
	}
	p.Drag(img, boxes[7])
	if len(boxes[0].Kids) != 0 || len(boxes[7].Kids) != 1 || boxes[7].Kids[0].Ref != img.Ref {
		t.Fatalf("after a drop on the eighth: %d in the first, %v in the eighth", len(boxes[0].Kids), boxes[7].Kids)
	}
	if a := boxes[7].Kids[0].Attr("data-animation"); a != "zoomIn" {
		t.Errorf("the animation after the drop: %q", a)
	}
	p.Drag(boxes[7].Kids[0], boxes[7]) // on its own box: it stays
	p.Drag(boxes[7].Kids[0], boxes[29])
	if len(boxes[7].Kids) != 0 || len(boxes[29].Kids) != 1 {
		t.Errorf("after a drop on the last: %d in the eighth, %d in the last", len(boxes[7].Kids), len(boxes[29].Kids))
	}
	if status, body := srv.NewUser().Get("/" + img.Attr("src")); status != http.StatusOK || !strings.Contains(string(body), "powered") {
		t.Errorf("the picture: %d %.80s", status, body)
	}
}
