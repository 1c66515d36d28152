package input

import (
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestInputDemo5(t *testing.T) {
	p := jptest.Serve(t, inputDemo5).Open("/")
	inputs := p.All("input")
	if len(inputs) != 10 || strings.Count(p.Text(), "What you type will show up here") != 10 {
		t.Fatalf("%d inputs: %s", len(inputs), p.Text())
	}
	p.Type(inputs[3], "fourth")
	p.Type(inputs[7], "eighth")
	boxes := p.Root().Kids
	if boxes[3].Kids[1].VisibleText() != "fourth" || boxes[7].Kids[1].VisibleText() != "eighth" || boxes[0].Kids[1].VisibleText() != "What you type will show up here" {
		t.Errorf("page: %s", p.Text())
	}
}

func TestInputWithDivFromHTML(t *testing.T) {
	tags := jp.Makers{"input-with-div": func(opts ...jp.Opt) jp.Component { return NewInputWithDiv(opts...) }}
	p := jptest.Serve(t, func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		tags.ParseHTML(`<div><input-with-div class="border"></input-with-div><input-with-div></input-with-div></div>`, jp.In(wp))
		return wp
	}).Open("/")
	p.Type(p.All("input")[1], "from a template")
	p.ShouldSee("from a template")
	if strings.Count(p.Text(), "What you type will show up here") != 1 {
		t.Errorf("page: %s", p.Text())
	}
}
