package pageevents

import (
	"fmt"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/wa"
)

// staggerPause is the pause between batches of a staggered load; tests
// shorten it.
var staggerPause = 250 * time.Millisecond

// StaggerDemo is a demo of staggered loading or not.
type StaggerDemo struct {
	divCount  int
	staggered bool
	mode      string
	wp        *jp.WebPage
	topDiv    *jp.Element
	timerSpan *jp.Element
	button    *jp.Element
	mainDiv   *jp.Element
}

// NewStaggerDemo makes the demo's page. JustPy's QSlider is Web Awesome's
// slider.
func NewStaggerDemo(divCount int, staggered bool) *StaggerDemo {
	s := &StaggerDemo{divCount: divCount, staggered: staggered}
	s.wp = jp.NewWebPage()
	s.wp.Title = "Staggered Loading demo"
	s.topDiv = jp.Div(jp.In(s.wp))
	jp.Span(jp.Text("Number of divs to load:"), jp.In(s.topDiv))
	jp.Div(jp.In(s.topDiv), jp.Classes("h-10"))
	margins := "margin-left: 10px;margin-right: 10px;"
	wa.Slider(jp.In(s.topDiv),
		jp.Classes("w-64"),
		jp.Style(margins),
		wa.Min("200"),
		jp.Value(fmt.Sprint(s.divCount)),
		wa.Max("1000"),
		wa.WithTooltip(),
		wa.WithMarkers(),
		jp.Attr("step", "200"),
		jp.On("change", s.onChangeDivCount))
	s.timerSpan = jp.Span(jp.Text(""), jp.In(s.topDiv), jp.Style(margins))
	s.button = jp.Button(jp.Text("?"), jp.In(s.topDiv), jp.On("click", s.onToggleMode), jp.Classes(jp.Styles.ButtonSimple()))
	s.mainDiv = jp.Div(jp.In(s.wp), jp.Classes("flex flex-wrap"))
	s.setMode()
	return s
}

// setMode sets the button text according to the staggered mode.
func (s *StaggerDemo) setMode() {
	staggeredText := ""
	if !s.staggered {
		staggeredText = "Non"
	}
	s.mode = staggeredText + " staggered loading"
	s.button.Text = "Try " + s.mode
}

// onChangeDivCount changes the div count.
func (s *StaggerDemo) onChangeDivCount(self *jp.Element, msg *jp.Msg) error {
	s.divCount = int(msg.Number)
	return nil
}

// onToggleMode shows the different staggered behaviour modes.
func (s *StaggerDemo) onToggleMode(self *jp.Element, msg *jp.Msg) error {
	// quickly remove main div content
	s.mainDiv.DeleteComponents()
	s.wp.Update()
	// populate according to staggered mode
	s.populate()
	// toggle the staggered mode
	s.staggered = !s.staggered
	// set my button text accordingly
	s.setMode()
	return nil
}

// populate fills the page with divCount divs, staggered or not.
func (s *StaggerDemo) populate() {
	startTime := time.Now()
	for i := range s.divCount {
		jp.Div(jp.Text(fmt.Sprintf("Div %04d", i+1)), jp.In(s.mainDiv), jp.Classes("border m-2 p-2 text-xs"))
		if s.staggered && i%100 == 0 {
			s.wp.Update()
			select {
			case <-s.wp.Context().Done():
				return
			case <-time.After(staggerPause):
			}
		}
	}
	elapsed := time.Since(startTime)
	s.timerSpan.Text = fmt.Sprintf("%s of %d divs took %5.3f s", s.mode, s.divCount, elapsed.Seconds())
}

func loadingPageStaggeredDemo(r *jp.Request) *jp.WebPage {
	staggerDemo := NewStaggerDemo(400, false)
	// JustPy awaits on_toggle_mode here; the page is not shown yet, so
	// there is nothing to update: populate, then toggle.
	staggerDemo.populate()
	staggerDemo.staggered = !staggerDemo.staggered
	staggerDemo.setMode()
	return staggerDemo.wp
}

// LoadingPageStaggeredDemo is JustPy's loading_page_staggered_demo (tutorial:
// page events): many divs loaded at once, or in batches of a hundred with
// an update after each, the slider choosing how many.
var LoadingPageStaggeredDemo = catalog.Example{Name: "loading_page_staggered_demo", Doc: "Hundreds of divs loaded at once, or in batches with an update after each; a slider sets how many", Source: "loading_page_staggered_demo.go", App: catalog.Page(loadingPageStaggeredDemo)}
