package main

import (
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func loginApp() *jp.App {
	app := jp.NewApp()
	jp.Route(app, "/login", loginPage)
	jp.Route(app, "/", loginTest)
	return app
}

func TestLoginExample(t *testing.T) {
	t.Parallel() // the example pauses 3 s after a login
	srv := jptest.New(t, loginApp())

	p := srv.Open("/login_test")
	p.ShouldSee("Please login")
	p.ShouldNotSee("Password is incorrect")
	if p.URL() != "/login_page" {
		t.Errorf("address bar %q", p.URL())
	}

	p.Type(p.ByName("user_name"), "alice")
	p.Type(p.ByName("password"), "wrong")
	p.Click(p.ByName("sign_in_btn"))
	p.ShouldSee("Password is incorrect")
	p.ShouldSee("login not successful")

	p.Fill(p.ByName("password"), "password")
	p.Click(p.ByName("sign_in_btn")) // returns after the handler: Update, 3 s, redirect
	p.ShouldSee("Login successful. You are now logged in")
	if p.URL() != "/login_successful" || p.Redirect() != "/login_test" {
		t.Errorf("address bar %q, redirect %q", p.URL(), p.Redirect())
	}

	in := p.Follow()
	in.ShouldSee("You are already logged in...")
	srv.Open("/login").ShouldSee("You are already logged in...")
	srv.NewUser().Open("/login").ShouldSee("Please login")

	in.Click(in.ByText("Logout"))
	in.Follow().ShouldSee("Please login")
}
