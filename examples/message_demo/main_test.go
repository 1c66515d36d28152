package main

import (
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
	"github.com/justgo/justgo/store"
)

func TestMessageBoardIsShared(t *testing.T) {
	srv := jptest.New(t, newApp(jp.DefaultConfig()))
	alice, bob := srv.Open("/"), srv.NewUser().Open("/")
	alice.ShouldSee("Welcome to the simple message board!")

	box := alice.ByPlaceholder("Enter message here")
	alice.Type(box, "hello from alice")
	alice.Click(alice.ByText("Send"))
	alice.WaitFor("hello from alice")
	if box.Value != "" {
		t.Errorf("the message box was not cleared: %q", box.Value)
	}
	bob.WaitFor("hello from alice")

	bob.Type(bob.ByPlaceholder("Enter message here"), "hi alice")
	bob.Click(bob.ByText("Send"))
	alice.WaitFor("hi alice")
	srv.NewUser().Open("/").ShouldSee("hi alice") // a newcomer sees the board as it is
}

// Two Apps on one store, as two instances on one Redis: a message sent on
// one shows on the other's pages, newest first, and the welcome is there
// once.
func TestMessageBoardAcrossInstances(t *testing.T) {
	st := &store.Memory{}
	one := jptest.New(t, newApp(jp.DefaultConfig(), jp.WithStore(st)))
	two := jptest.New(t, newApp(jp.DefaultConfig(), jp.WithStore(st)))
	alice, bob := one.Open("/"), two.Open("/")
	for i, text := range []string{"first", "second", "third"} {
		p := []*jptest.Page{alice, bob}[i%2]
		p.Type(p.ByPlaceholder("Enter message here"), text)
		p.Click(p.ByText("Send"))
		alice.WaitFor(text)
		bob.WaitFor(text)
	}
	for _, p := range []*jptest.Page{alice, bob} {
		got := p.Text()
		if !inOrder(got, "third", "second", "first", "Welcome to the simple message board!") || strings.Count(got, "Welcome") != 1 {
			t.Errorf("the board reads %q", got)
		}
	}
}

// inOrder reports whether text holds each of parts, in that order.
func inOrder(text string, parts ...string) bool {
	for _, p := range parts {
		i := strings.Index(text, p)
		if i < 0 {
			return false
		}
		text = text[i+len(p):]
	}
	return true
}
