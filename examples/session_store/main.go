// Command session_store is the session example of JustPy's "Sessions"
// chapter on JustGo's storage, as the chapter suggests ("you would use a
// permanent data store"): the same page, the tally kept per session by the
// App's storage. In memory it lasts as long as the process; with
// REDIS_URL it is shared by every instance of the app and survives their
// restarts.
package main

import (
	"fmt"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/storage"
)

type tally struct{ Visits, Events int }

func newApp(cfg jp.Config, opts ...jp.AppOption) *jp.App {
	app := jp.NewApp(append([]jp.AppOption{jp.WithConfig(cfg)}, opts...)...)
	sessionDict := storage.Session[tally](app.Storage(), "session_data")
	jp.Route(app, "/", func(request *jp.Request) (*jp.WebPage, error) { return sessionTest(sessionDict, request) })
	return app
}

func sessionTest(sessionDict storage.SessionValue[tally], request *jp.Request) (*jp.WebPage, error) {
	wp := jp.NewWebPage()
	sessionData, err := sessionDict.Update(request.SessionID, func(d tally) tally {
		if !request.Rejoin { // another instance taking the page over is not a visit
			d.Visits++
		}
		return d
	})
	if err != nil {
		return nil, err
	}
	jp.Div(jp.Text("My session id: "+request.SessionID), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
	visitsDiv := jp.Div(jp.Text(fmt.Sprintf("Number of visits: %d", sessionData.Visits)), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
	b := jp.Button(jp.Text(fmt.Sprintf("Number of Click Events: %d", sessionData.Events)), jp.Classes("m-1 bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded-full"), jp.In(wp))

	myClick := func(self *jp.Element, msg *jp.Msg) error {
		sessionData, err := sessionDict.Update(msg.SessionID, func(d tally) tally {
			d.Events++
			return d
		})
		if err != nil {
			return err // shown in the page; the count stays as it was
		}
		self.Text = fmt.Sprintf("Number of Click Events: %d", sessionData.Events)
		visitsDiv.Text = fmt.Sprintf("Number of visits: %d", sessionData.Visits)
		return nil
	}

	b.On("click", myClick)
	return wp, nil
}

func main() { jp.Run(func(cfg jp.Config) *jp.App { return newApp(cfg) }) }
