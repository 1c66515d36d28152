package pushingdata

import (
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestTypingShowsInEveryTab(t *testing.T) {
	app := jp.NewApp()
	jp.Route(app, "/", jointEdit)
	srv := jptest.New(t, app)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	a.Type(a.Root().Kids[0], "written together")
	b.WaitUntil("the typing from the first tab", func() bool { return b.Root().Kids[0].Value == "written together" })
	b.Type(b.Root().Kids[0], ", both of us")
	a.WaitUntil("the typing from the second tab", func() bool { return a.Root().Kids[0].Value == "written together, both of us" })
}
