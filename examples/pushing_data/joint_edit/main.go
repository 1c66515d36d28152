// Command joint_edit is JustPy's joint_edit, ported to JustGo: one page
// shared by every browser, holding an editor. What one person types shows in
// every other tab. (JustPy uses Quasar's rich-text QEditor; JustGo has no
// Quasar, so the editor is a textarea.)
package main

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/pushing_data"
)

func main() { jp.Run(pushingdata.JointEdit.App) }
