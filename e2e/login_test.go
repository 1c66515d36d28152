package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

const (
	userInput     = `input[name="user_name"]`
	passwordInput = `input[name="password"]`
	signInButton  = `button[name="sign_in_btn"]`
	alertBox      = `div[role="alert"]`
)

// isShown reports whether the element takes space on the page.
func isShown(sel string) string {
	return `(() => { const e = document.querySelector(` + jsString(sel) + `); return !!e && e.offsetParent !== null && e.getBoundingClientRect().height > 0 })()`
}

func jsString(s string) string { return "`" + strings.ReplaceAll(s, "`", "\\`") + "`" }

// The login example as JustPy's sessions chapter tells it.
func TestLoginExample(t *testing.T) { loginStory(t) }

// The same, with events sent by HTTP POST (JustPy's WEBSOCKETS=False).
func TestLoginExampleOverHTTP(t *testing.T) { loginStory(t, "WEBSOCKETS=False") }

func loginStory(t *testing.T, env ...string) {
	srv := startExample(t, "login", env...)
	browser := newBrowser(t)

	// The login page, at / and at /login_test, shows /login_page in the
	// address bar; the alert starts hidden and takes no space.
	for _, path := range []string{"/", "/login_test"} {
		run(t, browser, chromedp.Navigate(srv.URL+path), waitConnected(), waitBodyHas("Please login"),
			waitJS(`location.pathname === "/login_page"`))
		if get(t, browser, chromedp.Evaluate[bool](isShown(alertBox))) {
			t.Fatalf("%s: the alert shows before any attempt", path)
		}
	}
	sessionLine := textOf(t, browser, `#jp-root > div:nth-child(4)`)
	if sessionLine != "Session goes here" {
		t.Fatalf("session div says %q", sessionLine)
	}

	// A wrong password shows the alert and says so.
	run(t, browser, typeInto(userInput, "alice"), typeInto(passwordInput, "secret"), click(signInButton),
		waitBodyHas("login not successful"), waitJS(isShown(alertBox)), waitBodyHas("Password is incorrect"))
	if got := textOf(t, browser, `#jp-root > div:nth-child(4)`); !strings.HasSuffix(got, " login not successful") || len(got) < 40 {
		t.Fatalf("after a wrong password the session div says %q", got)
	}

	// The right password, typed at full speed and clicked at once: the
	// click sees every character.
	// Select what was typed, as a person does, and type over it.
	run(t, browser, chromedp.Focus(chromedp.CSS(passwordInput)), chromedp.Poll[chromedp.Void](`(document.activeElement.select(), true)`),
		typeInto(passwordInput, "password"), click(signInButton),
		waitBodyHas("Login successful. You are now logged in"), waitJS(`location.pathname === "/login_successful"`))
	start := time.Now()
	if get(t, browser, chromedp.Evaluate[bool](`document.body.innerText.includes("Please login")`)) {
		t.Fatal("the login form is still on the page after DeleteComponents")
	}

	// About three seconds later the browser is at /login_test.
	run(t, browser, waitAfterNavigation(`location.pathname === "/login_test" && document.body.innerText.includes("You are already logged in...")`))
	if waited := time.Since(start); waited < 2*time.Second {
		t.Errorf("redirected after %v; the example pauses 3 s first", waited)
	}
	if got := textOf(t, browser, `#jp-root > div:nth-child(1)`); !strings.HasPrefix(got, "Your session id is: ") {
		t.Errorf("logged-in page says %q", got)
	}

	// A reload and /login stay logged in.
	run(t, browser, chromedp.Reload(), waitConnected(), waitBodyHas("You are already logged in..."))
	run(t, browser, chromedp.Navigate(srv.URL+"/login"), waitConnected(), waitBodyHas("You are already logged in..."))

	// Another browser profile is another session: not logged in.
	other := newBrowser(t)
	run(t, other, chromedp.Navigate(srv.URL+"/login_test"), waitConnected(), waitBodyHas("Please login"))

	// Logout returns to the login page.
	run(t, browser, click(`#jp-root > button`), waitAfterNavigation(`document.body.innerText.includes("Please login") && location.pathname === "/login_page"`))
	run(t, browser, chromedp.Navigate(srv.URL+"/login"), waitConnected(), waitBodyHas("Please login"))
	checkTransport(t, browser, env)
}
