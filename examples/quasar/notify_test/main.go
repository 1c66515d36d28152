// Command notify_test is JustPy's quasar_notify_test (Quasar tutorial:
// Notify), ported to JustGo's Web Awesome widgets: nine round buttons in a
// square in the middle of the window, arrows pointing to the corners and
// edges; each shows a notification where it points, saying where and the
// time it was sent, with a close button, gone by itself after five seconds.
//
// The buttons are written in HTML and parsed, as in JustPy. JustPy keeps a
// QNotify per button, sets its notify attribute in the click handler and
// back in an after hook, lest it show again with every update; wa.Notify
// shows a toast once, with the next update, and needs neither. Web
// Awesome's toasts stack at the top or bottom of the window, so the middle
// row's toasts (left, center, right) show at the top of the same column.
package main

import (
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

const pageHTML = `
<div class="flex items-center justify-center h-screen">
  <div class="grid grid-cols-3 gap-2">
    <wa-button pill size="s" name="top-left" aria-label="top-left"><i class="fa fa-arrow-up" style="transform: rotate(-45deg)"></i></wa-button>
    <wa-button pill size="s" variant="brand" name="top" aria-label="top"><i class="fa fa-arrow-up"></i></wa-button>
    <wa-button pill size="s" name="top-right" aria-label="top-right"><i class="fa fa-arrow-up" style="transform: rotate(45deg)"></i></wa-button>

    <wa-button pill size="s" variant="brand" name="left" aria-label="left"><i class="fa fa-arrow-left"></i></wa-button>
    <wa-button pill size="s" variant="brand" name="center" aria-label="center"><i class="fa fa-compress"></i></wa-button>
    <wa-button pill size="s" variant="brand" name="right" aria-label="right"><i class="fa fa-arrow-right"></i></wa-button>

    <wa-button pill size="s" name="bottom-left" aria-label="bottom-left"><i class="fa fa-arrow-down" style="transform: rotate(45deg)"></i></wa-button>
    <wa-button pill size="s" variant="brand" name="bottom" aria-label="bottom"><i class="fa fa-arrow-down"></i></wa-button>
    <wa-button pill size="s" name="bottom-right" aria-label="bottom-right"><i class="fa fa-arrow-down" style="transform: rotate(-45deg)"></i></wa-button>
  </div>
</div>
`

var directions = []string{
	"top-left", "top", "top-right",
	"left", "center", "right",
	"bottom-left", "bottom", "bottom-right",
}

// placements maps Quasar's positions to Web Awesome's toast placements.
var placements = map[string]string{
	"top-left": "top-start", "top": "top-center", "top-right": "top-end",
	"left": "top-start", "center": "top-center", "right": "top-end",
	"bottom-left": "bottom-start", "bottom": "bottom-center", "bottom-right": "bottom-end",
}

// now is the clock the notifications tell; tests stop it.
var now = time.Now

func notifyTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c := jp.ParseHTML(pageHTML, jp.In(wp))
	for _, direction := range directions {
		c.NameDict[direction].On("click", func(self *jp.Element, msg *jp.Msg) error {
			wa.Notify(msg.Page, "Notification in/on "+direction+" · Time: "+now().Format("15:04:05, 2006-01-02"),
				wa.Notice{Placement: placements[direction]})
			return nil
		})
	}
	return wp
}

func main() { jp.JustPy(notifyTest) }
