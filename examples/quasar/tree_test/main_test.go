package main

import (
	"strings"
	"testing"

	"github.com/justgo/justgo/jptest"
)

// treeItem is the tree item labelled label.
func treeItem(t *testing.T, p *jptest.Page, label string) *jptest.Node {
	t.Helper()
	for _, n := range p.All("wa-tree-item") {
		if first, _, _ := strings.Cut(strings.TrimSpace(n.TextContent()), "\n"); strings.HasPrefix(strings.TrimSpace(first), label) {
			return n
		}
	}
	t.Fatalf("no tree item %q", label)
	return nil
}

func TestTickingListsTheTickedLeaves(t *testing.T) {
	p := jptest.Serve(t, treeTest).Open("/")
	p.ShouldSee("Satisfied customers")
	if !hasAttr(treeItem(t, p, "Good service"), "disabled") {
		t.Error("Good service is not disabled")
	}
	tree := p.All("wa-tree")[0]

	// Tick Good food: the tree selects it and its leaves.
	p.Dispatch(tree, "wa-selection-change", map[string]any{"selection": []*jptest.Node{
		treeItem(t, p, "Good food"), treeItem(t, p, "Quality ingredients"), treeItem(t, p, "Good recipe"),
	}})
	ticked(t, p, "Quality ingredients, Good recipe")

	// Then Pleasing decor too.
	p.Dispatch(tree, "wa-selection-change", map[string]any{"selection": []*jptest.Node{
		treeItem(t, p, "Good food"), treeItem(t, p, "Quality ingredients"), treeItem(t, p, "Good recipe"), treeItem(t, p, "Pleasing decor"),
	}})
	ticked(t, p, "Quality ingredients, Good recipe, Pleasing decor")
}

// ticked checks what the page lists below the tree.
func ticked(t *testing.T, p *jptest.Page, want string) {
	t.Helper()
	if got := p.ByID("ticked").VisibleText(); got != want {
		t.Errorf("the page lists %q as ticked, want %q", got, want)
	}
}

func hasAttr(n *jptest.Node, name string) bool {
	_, ok := n.Attrs[name]
	return ok
}

func TestExpandAndCollapse(t *testing.T) {
	p := jptest.Serve(t, treeTest).Open("/")
	branches := []string{"Satisfied customers", "Good food", "Good service", "Pleasant surroundings"}
	expanded := func(want bool) {
		t.Helper()
		for _, b := range branches {
			n := treeItem(t, p, b)
			if got := n.Prop("expanded") == true || n.Prop("expanded") == nil && hasAttr(n, "expanded"); got != want {
				t.Errorf("%s expanded %v, want %v", b, got, want)
			}
		}
	}
	expanded(true) // the tree starts open

	p.Click(p.ByRole("button", "Collapse"))
	expanded(false)

	// The person opens Good food, then collapses all again.
	p.Report(treeItem(t, p, "Good food"), "wa-after-expand", map[string]any{"expanded": true})
	p.Click(p.ByRole("button", "Collapse"))
	expanded(false)

	p.Click(p.ByRole("button", "Expand"))
	expanded(true)
}
