package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// examples/team_directory in two browsers: a person added with the form in
// one shows in the other's table, a field's error shows and clears as the
// person types, search narrows the table, and a delete confirmed in the
// second leaves the first's table.
func TestTeamDirectoryInTwoBrowsers(t *testing.T) {
	srv := startExample(t, "team_directory")
	alice, bob := newBrowser(t), newBrowser(t)
	run(t, alice, chromedp.Navigate(srv.URL), waitConnected(), waitBodyHas("2 people"))
	run(t, bob, chromedp.Navigate(srv.URL), waitConnected(), waitBodyHas("2 people"))
	run(t, alice, click(`button[type="submit"]`), waitBodyHas("Name is required"),
		click("#name"), typeInto("#name", "Alan Turing"),
		waitJS(`!document.body.innerText.includes("Name is required")`),
		click("#email"), typeInto("#email", "alan@example.com"),
		click(`button[type="submit"]`), waitBodyHas("3 people"))
	run(t, bob, waitBodyHas("Alan Turing"), waitBodyHas("3 people"),
		click(`input[aria-label="Search"]`), typeInto(`input[aria-label="Search"]`, "turing"), waitBodyHas("1 people"),
		click(`button[aria-label="Delete Alan Turing"]`), waitBodyHas("Delete Alan Turing?"),
		click(`[role="alertdialog"] button`), waitBodyHas("0 people"))
	run(t, alice, waitJS(`!document.body.innerText.includes("Alan Turing")`), waitBodyHas("2 people"))
}
