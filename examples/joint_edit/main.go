// Command joint_edit is JustPy's joint_edit, ported to JustGo: one page
// shared by every browser, holding an editor. What one person types shows in
// every other tab. (JustPy uses Quasar's rich-text QEditor; JustGo has no
// Quasar, so the editor is a textarea.)
package main

import jp "github.com/justgo/justgo"

var wp = jp.NewWebPage()

func init() {
	jp.Textarea(jp.In(wp), jp.Classes("w-full p-2 border font-mono"), jp.Style("height: 94vh")) // the editor
}

func jointEdit(r *jp.Request) *jp.WebPage {
	return wp
}

func main() {
	jp.JustPy(jointEdit)
}
