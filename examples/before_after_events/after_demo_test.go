package beforeafterevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestAfterDemo(t *testing.T) {
	p := catalogtest.Open(t, AfterDemo)
	p.ShouldNotSee("Notification")
	// The after hook's change comes in an update of its own: wait for it.
	p.Click(p.ByText("Second Button"))
	p.WaitFor("Second Notification")
	p.Click(p.ByText("Third Button"))
	p.WaitFor("Third Notification")
	p.WaitUntil("the second notification hidden", func() bool { return !p.Sees("Second Notification") }) // the after hook hid it
	p.Click(p.ByText("Third Button"))
	p.WaitFor("Third Notification")
}
