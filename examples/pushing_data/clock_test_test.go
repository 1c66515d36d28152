package pushingdata

import (
	"strings"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestClockTicksForEveryone(t *testing.T) {
	srv := jptest.New(t, ClockTest.App(jp.DefaultConfig()))
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	next := time.Now().Add(2 * time.Second).Format("15:04:05")
	a.WaitFor(next)
	b.WaitFor(next)
	if !strings.Contains(a.Text(), time.Now().Format("Mon, 02 Jan 2006")) {
		t.Errorf("clock shows %q", a.Text())
	}
}
