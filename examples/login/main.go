// Command login is the login example of JustPy's "Sessions" chapter, ported
// to JustGo: a very simple login/logout mechanism keyed by the session id.
// The password is 'password'.
package main

import (
	"sync"
	"time"

	jp "github.com/justgo/justgo"
)

const loginFormHTML = `
<div class="w-full max-w-xs">
  <form class="bg-white shadow-md rounded px-8 pt-6 pb-8 mb-4">
    <div class="mb-4">
      <label class="block text-gray-700 text-sm font-bold mb-2" for="username">
        Username
      </label>
      <input class="shadow appearance-none border rounded w-full py-2 px-3 text-gray-700 leading-tight focus:outline-none focus:shadow-outline"  type="text" placeholder="Username" name="user_name">
    </div>
    <div class="mb-6">
      <label class="block text-gray-700 text-sm font-bold mb-2" for="password">
        Password
      </label>
      <input class="shadow appearance-none border border-red-500 rounded w-full py-2 px-3 text-gray-700 mb-3 leading-tight focus:outline-none focus:shadow-outline" name="password" type="password" placeholder="******************">
      <p class="text-red-500 text-xs italic">The password is 'password'</p>
    </div>
    <div class="flex items-center justify-between">
      <button class="bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded focus:outline-none focus:shadow-outline" type="button" name="sign_in_btn">
        Sign In
      </button>
    </div>
  </form>
  <p class="text-center text-gray-500 text-xs">
    Example from https://tailwindcss.com/components/forms
  </p>
</div>
`

const alertHTML = `
<div role="alert" class="m-1 p-1 w-1/3">
  <div class="bg-red-500 text-white font-bold rounded-t px-4 py-2">
    Password is incorrect
  </div>
  <div class="border border-t-0 border-red-400 rounded-b bg-red-100 px-4 py-3 text-red-700">
    <p>Please enter password again.</p>
  </div>
</div>
`

// users holds who is logged in, by session id. Handlers of different pages
// run at the same time, so a mutex guards it.
var (
	mu    sync.Mutex
	users = map[string]map[string]bool{}
)

func loginTest(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	sessionID := request.SessionID
	var loggedIn bool
	mu.Lock()
	if _, ok := users[sessionID]; ok {
		if users[sessionID]["logged_in"] {
			jp.Div(jp.In(wp), jp.Text("Your session id is: "+sessionID), jp.Classes("m-1 p-1 text-xl "))
			jp.Div(jp.In(wp), jp.Text("You are already logged in..."), jp.Classes("m-1 p-1 text-2l"))
			logOutBtn := jp.Button(jp.Text("Logout"), jp.Classes(jp.Styles.ButtonBordered()+" m-1 p-1"), jp.In(wp))
			sID := sessionID

			logOut := func(self *jp.Element, msg *jp.Msg) error {
				mu.Lock()
				defer mu.Unlock()
				users[sID]["logged_in"] = false
				msg.Page.Redirect = "/login_test"
				return nil
			}

			logOutBtn.On("click", logOut)

			loggedIn = true
		} else {
			loggedIn = false
		}
	} else {
		users[sessionID] = map[string]bool{}
		users[sessionID]["logged_in"] = false
		loggedIn = false
	}
	mu.Unlock()
	if !loggedIn {
		return loginPage(request) // Return different page if not logged in
	}
	return wp
}

func loginPage(request *jp.Request) *jp.WebPage {
	mu.Lock()
	loggedIn := users[request.SessionID]["logged_in"] // false for a session never seen
	mu.Unlock()
	if loggedIn {
		return loginTest(request)
	}
	wp := jp.NewWebPage()
	wp.DisplayURL = "login_page" // Sets the url to display in browser without reloading page
	jp.Div(jp.Text("Please login"), jp.In(wp), jp.Classes("m-2 p-2 w-1/4 text-xl font-semibold"))
	loginForm := jp.ParseHTML(loginFormHTML, jp.In(wp), jp.Classes("m-2 p-2 w-1/4"))
	alert := jp.ParseHTML(alertHTML, jp.Show(false), jp.In(wp))
	sessionDiv := jp.Div(jp.Text("Session goes here"), jp.Classes("m-1 p-1 text-xl"), jp.In(wp))
	signInBtn := loginForm.NameDict["sign_in_btn"]

	signInClick := func(self *jp.Element, msg *jp.Msg) error {
		if loginForm.NameDict["password"].Value == "password" {
			sessionDiv.Text = request.SessionID + " logged in successfully"
			alert.Show = false
			return loginSuccessful(wp, request.SessionID)
		} else {
			sessionDiv.Text = request.SessionID + " login not successful"
			alert.Show = true
		}
		return nil
	}

	signInBtn.On("click", signInClick)

	return wp
}

func loginSuccessful(wp *jp.WebPage, sID string) error {
	wp.DeleteComponents()
	mu.Lock()
	if users[sID] == nil { // the session came straight to /login
		users[sID] = map[string]bool{}
	}
	users[sID]["logged_in"] = true
	mu.Unlock()
	wp.DisplayURL = "login_successful"
	jp.Div(jp.Text("Login successful. You are now logged in"), jp.Classes("m-1 p-1 text-2xl"), jp.In(wp))
	wp.Update()
	time.Sleep(3 * time.Second)
	wp.Redirect = "/login_test"
	return nil
}

func main() {
	jp.SetRoute("/login", loginPage)
	jp.JustPy(loginTest)
}
