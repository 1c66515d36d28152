package pushingdata

import (
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

var editPage = jp.NewWebPage()

func init() {
	jp.Textarea(jp.In(editPage), jp.Classes("w-full p-2 border font-mono"), jp.Style("height: 94vh")) // the editor
}

func jointEdit(r *jp.Request) *jp.WebPage {
	return editPage
}

// JointEdit is JustPy's joint_edit, ported to JustGo: one page
// shared by every browser, holding an editor. What one person types shows in
// every other tab. (JustPy uses Quasar's rich-text QEditor; JustGo has no
// Quasar, so the editor is a textarea.)
var JointEdit = catalog.Example{Name: "joint_edit", Doc: "One page shared by every browser, holding an editor", Source: "joint_edit.go", App: catalog.Page(jointEdit)}
