package customcomponents

import (
	"fmt"

	jp "github.com/justgo/justgo"
)

// Tabs is JustPy's tab group component (tutorial: tab_group_component,
// custom_components): a list of tab labels over the selected tab's
// content; a click on a label selects its tab, sliding the new content in
// over the old one when Animation is on. Its value is the selected tab's
// id, kept in a model when Bind gives one, and a "change" handler hears
// of each new selection, the tabs before and after in msg.Detail
// ({"previous_tab": …, "new_tab": …}) and the new one in msg.Value.
// JustPy's tab_group_component module defines it and TabsPills, and has
// no page of its own: tab_comp_test1 shows them.
type Tabs struct {
	*jp.Element
	tabs              []tab // the tabs, in order
	Value             string
	previousValue     string
	ContentHeight     int
	lastRenderedValue string
	Animation         bool
	AnimationNext     string
	AnimationPrev     string
	AnimationSpeed    string // "" | "slow" | "slower" | "fast" | "faster"
	tabList           *jp.Element
	contentDiv        *jp.Element
	model             jp.State // Bind's, JustPy's model=[wp, 'tab']
	key               string

	tabLabelClasses, tabLabelClassesSelected string
	itemClasses, itemClassesSelected         string
}

// tab is one of the tabs: JustPy's {'id': id, 'label': label, 'content':
// content}, and its label's list item and link. JustPy makes the item and
// the link afresh at each render; here they are made once, so that an
// update that changes nothing sends nothing and a click on a label the
// browser shows always finds it.
type tab struct {
	id, label string
	content   jp.Component
	li, a     *jp.Element
}

// TabsWrapperStyle centres a tab's content in the content div (JustPy's
// Tabs.wrapper_style).
const TabsWrapperStyle = "display: flex; position: absolute; width: 100%; height: 100%;  align-items: center; justify-content: center; background-color: #fff;"

// NewTabs makes a Tabs, its labels as tabs of a folder.
func NewTabs(opts ...jp.Opt) *Tabs {
	t := &Tabs{
		ContentHeight:           500,
		AnimationNext:           "slideInRight",
		AnimationPrev:           "slideOutLeft",
		AnimationSpeed:          "faster",
		tabLabelClasses:         "overflow-hidden cursor-pointer bg-white inline-block py-2 px-4 text-blue-500 hover:text-blue-800 font-semibold",
		tabLabelClassesSelected: "overflow-hidden cursor-pointer bg-white inline-block border-l border-t border-r rounded-t py-2 px-4 text-blue-700 font-semibold",
		itemClasses:             "flex-shrink mr-1",
		itemClassesSelected:     "flex-shrink -mb-px mr-1",
	}
	t.Element = jp.Make(t, "div", opts...)
	t.tabList = jp.Ul(jp.Classes("flex flex-wrap border-b"), jp.In(t))
	t.contentDiv = jp.Div(jp.In(t))
	return t
}

// NewTabsPills makes a Tabs whose labels are pills (JustPy's TabsPills).
func NewTabsPills(opts ...jp.Opt) *Tabs {
	t := NewTabs(opts...)
	t.tabLabelClasses = "cursor-pointer inline-block border border-white rounded hover:border-gray-200 text-blue-500 hover:bg-gray-200 py-1 px-3"
	t.tabLabelClassesSelected = "cursor-pointer inline-block border border-blue-500 rounded py-1 px-3 bg-blue-500 text-white"
	t.itemClasses = "flex-shrink mr-3"
	t.itemClassesSelected = "flex-shrink -mb-px mr-3"
	return t
}

// Bind keeps the selected tab's id in state[key], and selects the tab
// whose id it holds (JustPy's model=[wp, 'tab']).
func (t *Tabs) Bind(state jp.State, key string) { t.model, t.key = state, key }

// setValue selects a tab, remembering the one before (JustPy's
// __setattr__ of value).
func (t *Tabs) setValue(id string) {
	t.previousValue = t.Value
	t.Value = id
}

// AddTab adds a tab; the first added is selected.
func (t *Tabs) AddTab(id, label string, content jp.Component) {
	li := jp.Li()
	a := jp.A(jp.Text(label), jp.In(li), jp.On("click", t.tabClick(id)))
	t.tabs = append(t.tabs, tab{id: id, label: label, content: content, li: li, a: a})
	if t.Value == "" {
		t.setValue(id)
	}
}

func (t *Tabs) getTabByID(id string) *tab {
	for i := range t.tabs {
		if t.tabs[i].id == id {
			return &t.tabs[i]
		}
	}
	return nil
}

func (t *Tabs) setContentDiv(tab *tab) {
	t.contentDiv.Add(tab.content)
	t.contentDiv.SetClasses("relative overflow-hidden border")
	t.contentDiv.Style = fmt.Sprintf("height: %dpx", t.ContentHeight)
}

// setContentAnimate slides the new tab's content in over the previous
// one's, which slides out beneath it.
func (t *Tabs) setContentAnimate(tab *tab) {
	wrapperDivClasses := t.AnimationSpeed // Component in this will be centered
	if prev := t.getTabByID(t.previousValue); prev != nil {
		jp.Div(jp.Classes(wrapperDivClasses), jp.Animation(t.AnimationNext), jp.Style(TabsWrapperStyle+" z-index: 50;"), jp.In(t.contentDiv), jp.Children(tab.content))
		jp.Div(jp.Classes(wrapperDivClasses), jp.Animation(t.AnimationPrev), jp.Style(TabsWrapperStyle+" z-index: 0;"), jp.In(t.contentDiv), jp.Children(prev.content))
	} else {
		jp.Div(jp.Classes(wrapperDivClasses), jp.In(t.contentDiv), jp.Style(TabsWrapperStyle), jp.Children(tab.content))
	}
	t.contentDiv.SetClasses("relative overflow-hidden border")
	t.contentDiv.Style = fmt.Sprintf("height: %dpx", t.ContentHeight)
}

// ModelUpdate selects the tab the model names, if there is one.
func (t *Tabs) ModelUpdate() {
	if t.model == nil {
		return
	}
	if val, _ := t.model[t.key].(string); t.getTabByID(val) != nil && val != t.Value {
		t.setValue(val)
	}
}

// tabClick selects the label's tab, stores it in the model and runs the
// tabs' change handler.
func (t *Tabs) tabClick(tabID string) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		if t.Value == tabID {
			return nil
		}
		previousTab := t.Value
		t.setValue(tabID)
		if t.model != nil {
			t.model[t.key] = t.Value
		}
		// Run change if it exists
		change := *msg
		change.EventType, change.Ref, change.Target, change.Value = "change", t.Ref(), t, t.Value
		change.Detail = map[string]any{"previous_tab": previousTab, "new_tab": t.Value, "class_name": "Tabs"}
		return t.HandleEvent(&change)
	}
}

// React builds the labels and the content for the selected tab before
// each update (JustPy's convert_object_to_dict).
func (t *Tabs) React() {
	t.ModelUpdate()
	t.SetClasses("flex flex-col")
	t.tabList.DeleteComponents()
	t.contentDiv.DeleteComponents()
	for i := range t.tabs {
		tab := &t.tabs[i]
		t.tabList.Add(tab.li)
		if tab.id != t.Value {
			tab.li.Classes, tab.a.Classes = t.itemClasses, t.tabLabelClasses
		} else {
			tab.li.Classes, tab.a.Classes = t.itemClassesSelected, t.tabLabelClassesSelected
			if t.Animation && t.Value != t.lastRenderedValue {
				t.setContentAnimate(tab)
			} else {
				t.setContentDiv(tab)
			}
		}
	}
	t.lastRenderedValue = t.Value
}
