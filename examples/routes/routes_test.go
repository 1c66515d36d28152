package routes

import (
	"net/http"
	"testing"

	"github.com/justgo/justgo/examples/internal/catalogtest"
)

func TestRouteHello(t *testing.T) {
	srv := catalogtest.Serve(t, RouteHello)
	srv.Open("/hello").ShouldSee("Hello there!")
	if status, _ := srv.NewUser().Get("/"); status != http.StatusNotFound {
		t.Errorf("/ answered %d", status)
	}
	if status, _ := srv.NewUser().Get("/hello/more"); status != http.StatusNotFound {
		t.Errorf("/hello/more answered %d", status)
	}
}

func TestRouteHello2(t *testing.T) {
	srv := catalogtest.Serve(t, RouteHello2)
	srv.Open("/hello").ShouldSee("Hello there!")
	for _, path := range []string{"/", "/hello2", "/x/y"} {
		p := srv.Open(path)
		p.ShouldSee("Goodbye!")
		p.ShouldNotSee("Hello")
	}
}

func TestRouteHello3(t *testing.T) {
	srv := catalogtest.Serve(t, RouteHello3)
	srv.Open("/hello").ShouldSee("Hello there!")
	srv.Open("/bye").ShouldSee("Goodbye!")
	if status, _ := srv.NewUser().Get("/"); status != http.StatusNotFound {
		t.Errorf("/ answered %d", status)
	}
}

func TestRouteHello4(t *testing.T) {
	srv := catalogtest.Serve(t, RouteHello4)
	srv.Open("/hello/Ada").ShouldSee("Hello there, Ada!")
	srv.Open("/hello/Grace%20Hopper").ShouldSee("Hello there, Grace Hopper!")
	if status, _ := srv.NewUser().Get("/hello"); status != http.StatusNotFound {
		t.Errorf("/hello answered %d", status)
	}
}
