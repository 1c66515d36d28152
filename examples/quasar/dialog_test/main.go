// Command dialog_test is JustPy's dialog_test (Quasar tutorial: QDialog),
// ported to JustGo's Web Awesome widgets: two buttons. Alert opens a dialog
// over the page that stays until its OK button (or Escape) closes it; "Open
// seamless Dialog" shows a small player card at the bottom of the window
// that leaves the page usable, until its close button hides it.
//
// Both are written in HTML and parsed, as in JustPy. A wa-dialog opens when
// a handler sets its property open (JustPy sets the QDialog's value); the
// OK button closes it in the browser with data-dialog="close" (Quasar's
// v-close-popup), and the dialog reports open=false after wa-after-hide, so
// Alert opens it again. Web Awesome's dialogs are always modal, so Quasar's
// seamless dialog is a wa-card fixed to the bottom of the window, shown and
// hidden by the server.
package main

import (
	jp "github.com/justgo/justgo"
)

const alertDialogHTML = `
<div class="p-4 flex gap-2">
  <wa-button variant="brand" name="alert_button">Alert</wa-button>
  <wa-dialog name="alert_dialog" label="Alert">
    This dialog waits for you: clicking beside it does nothing, only OK or the Escape key close it.
    <wa-button slot="footer" variant="brand" appearance="plain" data-dialog="close">OK</wa-button>
  </wa-dialog>
</div>
`

const seamlessDialogHTML = `
<div class="p-4 flex gap-2">
  <wa-button variant="brand" name="seamless_button">Open seamless Dialog</wa-button>
  <wa-card name="seamless_dialog" style="position: fixed; bottom: 1rem; left: 50%; transform: translateX(-50%); width: 350px">
    <wa-progress-bar value="60" label="Played" style="--indicator-color: hotpink"></wa-progress-bar>
    <div class="flex items-center gap-2 mt-2">
      <div class="flex-grow">
        <div class="font-bold">Evening Raga</div>
        <div class="text-gray-500">The Server Side Quartet</div>
      </div>
      <wa-button appearance="plain" name="play" aria-label="Play"><i class="fa fa-play"></i></wa-button>
      <wa-button appearance="plain" name="pause" aria-label="Pause"><i class="fa fa-pause"></i></wa-button>
      <wa-button appearance="plain" name="close" aria-label="Close"><i class="fa fa-times"></i></wa-button>
    </div>
  </wa-card>
</div>
`

func dialogTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()

	c := jp.ParseHTML(alertDialogHTML, jp.In(wp))
	alertDialog := c.NameDict["alert_dialog"]
	c.NameDict["alert_button"].On("click", func(self *jp.Element, msg *jp.Msg) error {
		alertDialog.SetProp("open", true)
		return nil
	})

	c = jp.ParseHTML(seamlessDialogHTML, jp.In(wp))
	seamlessDialog := c.NameDict["seamless_dialog"]
	seamlessDialog.Show = false
	c.NameDict["seamless_button"].On("click", func(self *jp.Element, msg *jp.Msg) error {
		seamlessDialog.Show = true
		return nil
	})
	c.NameDict["close"].On("click", func(self *jp.Element, msg *jp.Msg) error {
		seamlessDialog.Show = false
		return nil
	})

	return wp
}

func main() { jp.JustPy(dialogTest) }
