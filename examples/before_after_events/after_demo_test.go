package beforeafterevents

import (
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestAfterDemo(t *testing.T) {
	p := catalogtest.Open(t, AfterDemo)
	p.ShouldNotSee("Notification")
	p.Click(p.ByText("Second Button"))
	p.ShouldSee("Second Notification")
	p.Click(p.ByText("Third Button"))
	p.ShouldSee("Third Notification")
	p.ShouldNotSee("Second Notification") // the after hook hid it; this update sent that
	p.Click(p.ByText("Third Button"))
	p.ShouldSee("Third Notification")
}
