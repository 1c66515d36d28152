// Command session is the session example of JustPy's "Sessions" chapter,
// ported to JustGo: it tallies, per browser session, the visits to the page
// and the clicks on its button. Run it, then close, open and reload browser
// tabs and click the button: the session information persists.
package main

import (
	"fmt"
	"sync"

	jp "github.com/justgo/justgo"
)

type sessionData struct{ visits, events int }

// sessionDict holds each session's tally. Handlers of different pages run
// at the same time, so a mutex guards it.
var (
	mu          sync.Mutex
	sessionDict = map[string]*sessionData{}
)

func sessionTest(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	mu.Lock()
	defer mu.Unlock()
	if _, ok := sessionDict[request.SessionID]; !ok {
		sessionDict[request.SessionID] = &sessionData{visits: 0, events: 0}
	}
	sessionData := sessionDict[request.SessionID]
	sessionData.visits++
	jp.Div(jp.Text("My session id: "+request.SessionID), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
	visitsDiv := jp.Div(jp.Text(fmt.Sprintf("Number of visits: %d", sessionData.visits)), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
	b := jp.Button(jp.Text(fmt.Sprintf("Number of Click Events: %d", sessionData.events)), jp.Classes("m-1 bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded-full"), jp.In(wp))

	myClick := func(self *jp.Element, msg *jp.Msg) error {
		mu.Lock()
		defer mu.Unlock()
		sessionData := sessionDict[msg.SessionID]
		sessionData.events++
		self.Text = fmt.Sprintf("Number of Click Events: %d", sessionData.events)
		visitsDiv.Text = fmt.Sprintf("Number of visits: %d", sessionData.visits)
		return nil
	}

	b.On("click", myClick)
	return wp
}

func main() {
	jp.JustPy(sessionTest)
}
