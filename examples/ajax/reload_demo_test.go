package ajax

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

// The page says how often its browsers ask; each ask brings the counter
// as the background task has moved it, to every visitor of the one page.
func TestReloadDemo(t *testing.T) {
	tick = 10 * time.Millisecond
	srv := catalogtest.Serve(t, ReloadDemo)
	status, body := srv.NewUser().Get("/")
	if status != 200 || !strings.Contains(string(body), `data-jp-http="1"`) || !strings.Contains(string(body), `data-jp-reload="2500"`) {
		t.Fatalf("%d: the page does not ask to be polled: %s", status, body)
	}
	alice, bob := srv.Open("/"), srv.NewUser().Open("/")
	count := func(p interface{ Text() string }) int {
		n, err := strconv.Atoi(strings.TrimSpace(p.Text()))
		if err != nil {
			t.Fatalf("the page shows %q", p.Text())
		}
		return n
	}
	first := count(alice)
	if first <= 500 {
		t.Fatalf("the counter starts at 500 and has moved: %d", first)
	}
	time.Sleep(100 * time.Millisecond)
	alice.Sync() // what the browser's timer sends
	if now := count(alice); now <= first {
		t.Errorf("after the ask the counter shows %d, was %d", now, first)
	}
	bob.Sync()
	if b := count(bob); b < count(alice) {
		t.Errorf("the other visitor's page shows %d, behind %d", b, count(alice))
	}
}
