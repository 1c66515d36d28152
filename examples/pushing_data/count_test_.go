package pushingdata

import (
	"strconv"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const buttonClasses = "m-2 p-2 text-red-700 bg-white hover:bg-red-200 hover:text-red-500 border focus:border-red-500 focus:outline-none"

// pause is the time between numbers; tests shorten it.
var pause = time.Second

func countDown(startNum int, countAnimation string) jp.Handler {
	var d *jp.Element // the last countdown, removed when the next starts
	return func(self *jp.Element, msg *jp.Msg) error {
		self.Show = false
		if d != nil {
			msg.Page.Remove(d)
		}
		bombIcon := jp.Icon("bomb", jp.Classes("inline-block text-5xl ml-1 mt-1"), jp.In(msg.Page))
		d = jp.Div(jp.Classes("text-center m-4 p-4 text-6xl text-red-600 bg-blue-500 faster"), jp.In(msg.Page), jp.Animation(countAnimation))
		for i := startNum; i > 0; i-- {
			d.Text = strconv.Itoa(i)
			msg.Page.Update()
			select {
			case <-msg.Page.Context().Done(): // nobody watches any more
				return nil
			case <-time.After(pause):
			}
		}
		d.Text = "Boom!"
		d.SetAnimation("zoomIn")
		d.SetClasses("text-red-500 bg-white")
		bombIcon.SetClass("text-red-700")
		self.Show = true
		return nil
	}
}

func countTest(r *jp.Request) *jp.WebPage {
	startNum, err := strconv.Atoi(r.QueryParams.Get("num"))
	if err != nil {
		startNum = 10
	}
	animation := r.QueryParams.Get("animation")
	if animation == "" {
		animation = "flip"
	}
	wp := jp.NewWebPage()
	jp.Button(jp.Text("Start Countdown"), jp.Classes(buttonClasses), jp.In(wp), jp.On("click", countDown(startNum, animation)))
	return wp
}

// CountTest is JustPy's count_test (tutorial: pushing data),
// ported to JustGo: a button that starts a countdown, each number pushed to
// the browser with Update() while the handler runs. The query parameters
// num (where to start, 10) and animation (flip) change it:
// /?num=5&animation=bounce.
var CountTest = catalog.Example{Name: "count_test", Doc: "A button that starts a countdown, each number pushed to the browser with Update() while the handler runs", Source: "count_test_.go", App: catalog.Page(countTest)}
