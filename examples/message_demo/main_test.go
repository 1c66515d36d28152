package main

import (
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func TestMessageBoardIsShared(t *testing.T) {
	messageInitialize()
	app := jp.NewApp()
	jp.Route(app, "/", messageDemo)
	srv := jptest.New(t, app)
	alice, bob := srv.Open("/"), srv.NewUser().Open("/")
	alice.ShouldSee("Welcome to the simple message board!")

	box := alice.Root().Kids[0].Kids[1].Kids[0]
	alice.Type(box, "hello from alice")
	alice.Click(alice.ByText("Send"))
	alice.ShouldSee("hello from alice")
	if box.Value != "" {
		t.Errorf("the message box was not cleared: %q", box.Value)
	}
	bob.WaitFor("hello from alice")

	bobBox := bob.Root().Kids[0].Kids[1].Kids[0]
	bob.Type(bobBox, "hi alice")
	bob.Click(bob.ByText("Send"))
	alice.WaitFor("hi alice")
	srv.NewUser().Open("/").ShouldSee("hi alice") // a newcomer sees the board as it is
}
