package handlingevents

import (
	"fmt"
	"log/slog"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// ButtonDiv is a div of five buttons whose clicks one method of the div
// handles, telling the buttons apart by msg.Target.
type ButtonDiv struct {
	*jp.Element
	infoDiv *jp.Element
	num     map[jp.Component]int // each button's b.num
}

// NewButtonDiv makes a ButtonDiv.
func NewButtonDiv(opts ...jp.Opt) *ButtonDiv {
	d := &ButtonDiv{num: map[jp.Component]int{}}
	d.Element = jp.Make(d, "div", opts...)
	for i := 1; i < 6; i++ {
		b := jp.Button(jp.Text(fmt.Sprintf("Button %d", i)), jp.In(d), jp.Classes(" m-2 p-2 border text-blue text-lg"))
		d.num[b] = i
		b.On("click", d.buttonClicked)
	}
	d.infoDiv = jp.Div(jp.Text("info will go here"), jp.Classes("m-2 p-2 border"), jp.In(d))
	return d
}

func (d *ButtonDiv) buttonClicked(self *jp.Element, msg *jp.Msg) error {
	slog.Info("target_test", "div", d.Ref(), "target", msg.Target.Ref())
	d.infoDiv.Text = fmt.Sprintf("Button %d was clicked", d.num[msg.Target])
	return nil
}

func targetTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	NewButtonDiv(jp.In(wp))
	return wp
}

// TargetTest is JustPy's target_test: a component's method handles its
// buttons' clicks and reads which one from msg.Target.
var TargetTest = catalog.Example{Name: "target_test", Doc: "A component's method handles five buttons' clicks and tells them apart by msg.Target", Source: "target_test_.go", App: catalog.Page(targetTest)}
