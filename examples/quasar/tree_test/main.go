// Command tree_test is JustPy's quasar_tree_test (Quasar tutorial: QTree),
// ported to JustGo's Web Awesome widgets: Expand and Collapse buttons above
// a tree of what makes customers satisfied, open at first, each item with a
// checkbox; ticking items lists the ticked leaves below the tree, and
// ticking a branch ticks its leaves. The "Good service" branch is disabled.
//
// Quasar's QTree takes its nodes as one JSON prop; a wa-tree is built of
// wa-tree-item elements, here from the same data. With selection="multiple"
// it draws checkboxes and reports the selected items in the detail of
// wa-selection-change, as {"selection": [refs]}; the handler keeps the
// leaves, as Quasar's tick strategy "leaf" does. wa-tree has no expandAll
// or collapseAll method to call, so the buttons set each item's property
// expanded, which each item reports back after it expands or collapses (the
// page declares it with jp.AsControl, as package wa declares its controls),
// so that Expand opens again what the person closed. Quasar's Material
// icons are Font Awesome's, and the avatar and picture two nodes show from
// cdn.quasar.dev are icons too, so that the page fetches nothing from
// elsewhere.
package main

import (
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

type node struct {
	label    string
	icon     string // a Font Awesome icon, for Quasar's Material icon
	disabled bool
	children []node
}

var nodes = []node{{
	label: "Satisfied customers",
	icon:  "user-circle",
	children: []node{
		{label: "Good food", icon: "utensils", children: []node{
			{label: "Quality ingredients", icon: "heart"},
			{label: "Good recipe"},
		}},
		{label: "Good service (disabled node)", icon: "concierge-bell", disabled: true, children: []node{
			{label: "Prompt attention"},
			{label: "Professional waiter"},
		}},
		{label: "Pleasant surroundings", icon: "image", children: []node{
			{label: "Happy atmosphere", icon: "calendar-alt"},
			{label: "Good table presentation"},
			{label: "Pleasing decor"},
		}},
	},
}}

// expandable declares a tree item's property expanded as the item reports
// it after it expands or collapses.
var expandable = jp.AsControl(&jp.Control{Props: []string{"expanded"}, Events: []string{"wa-after-expand", "wa-after-collapse"}})

// item is a node's tree item.
type item struct {
	el   *jp.Element
	node node
}

// addNodes adds the nodes to parent, every branch expanded: by its property,
// which the page sets once the item is defined, as Quasar's
// default-expand-all. (The attribute expanded does not do for nested
// items: Web Awesome collapses one whose parent it finds collapsed as the
// page loads.)
func addNodes(parent *jp.Element, ns []node, items map[string]item) {
	for _, n := range ns {
		el := wa.TreeItem(expandable, jp.In(parent))
		if len(n.children) > 0 {
			el.SetProp("expanded", true)
		}
		if n.disabled {
			el.SetAttr("disabled", "")
		}
		if n.icon != "" {
			jp.I(jp.Classes("fa fa-"+n.icon+" mr-2"), jp.In(el))
		}
		el.Add(jp.TextNode(n.label))
		items[el.Ref()] = item{el, n}
		addNodes(el, n.children, items)
	}
}

func treeTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	d := jp.Div(jp.Classes("p-4 flex flex-col gap-2 items-start"), jp.In(wp))

	buttons := jp.Div(jp.Classes("flex gap-2"), jp.In(d))
	b1 := wa.Button(jp.Text("Expand"), jp.In(buttons))
	b2 := wa.Button(jp.Text("Collapse"), jp.In(buttons))

	tree := wa.Tree(wa.Selection("multiple"), jp.In(d))
	items := map[string]item{}
	addNodes(tree, nodes, items)
	d1 := jp.Div(jp.ID("ticked"), jp.In(d))

	tree.On("wa-selection-change", func(self *jp.Element, msg *jp.Msg) error {
		detail, _ := msg.Detail.(map[string]any)
		selection, _ := detail["selection"].([]any)
		var ticked []string
		for _, ref := range selection {
			if it, ok := items[refString(ref)]; ok && len(it.node.children) == 0 {
				ticked = append(ticked, it.node.label)
			}
		}
		d1.Text = strings.Join(ticked, ", ")
		return nil
	})
	expandAll := func(expanded bool) jp.Handler {
		return func(self *jp.Element, msg *jp.Msg) error {
			for _, it := range items {
				if len(it.node.children) > 0 {
					it.el.SetProp("expanded", expanded)
				}
			}
			return nil
		}
	}
	b1.On("click", expandAll(true))
	b2.On("click", expandAll(false))
	return wp
}

func main() { jp.JustPy(treeTest) }

// refString is a ref of the selection, "" for anything else.
func refString(v any) string {
	s, _ := v.(string)
	return s
}
