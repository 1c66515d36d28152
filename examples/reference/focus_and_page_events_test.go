package reference

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/justgo/justgo/examples/internal/catalogtest"
	"github.com/justgo/justgo/jptest"
)

func TestFocusTest(t *testing.T) {
	p := catalogtest.Open(t, FocusTest)
	in3 := p.ByPlaceholder("Input 3")
	if _, ok := in3.Attrs["autofocus"]; !ok {
		t.Fatalf("the third input has no focus: %v", in3.Attrs)
	}
	if _, ok := p.ByPlaceholder("Input 1").Attrs["autofocus"]; ok {
		t.Fatal("the first has it too")
	}
	p.Trigger(in3, "blur") // the person moves on: the server lets go
	if _, ok := in3.Attrs["autofocus"]; ok {
		t.Error("the third keeps the focus after its blur")
	}
}

func TestBrowserLocationTest(t *testing.T) {
	p := catalogtest.Open(t, BrowserLocationTest)
	p.ShouldSee("Div 30")
	p.PageEvent("page_ready")
	js := p.JavaScript()
	if len(js) != 1 || js[0].RequestID != "geo_location" || !strings.Contains(js[0].Code, "getCurrentPosition") {
		t.Fatalf("the script: %v", js)
	}
	p.Answer("geo_location", map[string]float64{"latitude": 48.85, "longitude": 2.35, "accuracy": 20})
	p.ShouldSee("longitude: 2.35 Latitude: 48.85 Accuracy: 20")
	p.Answer("geo_location", "Error") // refused: nothing more
	if n := len(p.Root().Kids); n != 2 {
		t.Errorf("%d components after an error", n)
	}
}

// syncBuffer is a bytes.Buffer the page's goroutine writes while the test
// reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestCloseTest(t *testing.T) {
	out := &syncBuffer{}
	old := output
	output = out
	t.Cleanup(func() { output = old })
	p := catalogtest.Open(t, CloseTest)
	p.ShouldSee("Div 9")
	if out.String() != "" {
		t.Fatalf("before closing: %q", out.String())
	}
	p.Close()
	// The server hears of the close on its own time: wait for it.
	for deadline := time.Now().Add(jptest.Timeout); out.String() == "" && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if out.String() != "Page disconnected\n" {
		t.Errorf("after closing: %q", out.String())
	}
}

func TestEventDemo(t *testing.T) {
	out := &syncBuffer{}
	old := output
	output = out
	t.Cleanup(func() { output = old })
	p := catalogtest.Open(t, EventDemo)
	p.TriggerWith(p.ByText("Not clicked yet"), "click", map[string]any{"screenX": 5, "pageY": 6, "altKey": false, "which": 1, "button": 0, "buttons": 1, "movementX": -2, "ctrlKey": true})
	p.ShouldSee("I was clicked")
	if got := out.String(); got != "click map[altKey:false button:0 buttons:1 movementX:-2 pageY:6 screenX:5 which:1]\n" {
		t.Errorf("printed %q", got)
	}
}
