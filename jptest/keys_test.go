package jptest_test

import (
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

// Press sends keydown and keyup with the key and its code; the handler of
// an element around the input gets them too.
func TestPress(t *testing.T) {
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		log := jp.Div(jp.ID("log"), jp.In(wp))
		box := jp.Div(jp.In(wp))
		box.On("keyup", func(_ *jp.Element, msg *jp.Msg) { log.Text += " up " + msg.KeyData.Key })
		in := jp.Input(jp.Name("in"), jp.In(box))
		in.On("keydown", func(self *jp.Element, msg *jp.Msg) {
			log.Text += "down " + msg.KeyData.Key + " " + msg.KeyData.Code + " " + self.Value
		})
		return wp
	}).Open("/")
	in := p.ByName("in")
	p.Fill(in, "hi")
	p.Press(in, "a")
	if got := p.ByID("log").Text; got != "down a KeyA hi up a" {
		t.Errorf("%q", got)
	}
	p.Press(in, "Enter")
	if got := p.ByID("log").Text; got != "down a KeyA hi up adown Enter Enter hi up Enter" {
		t.Errorf("%q", got)
	}
}
