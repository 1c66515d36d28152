package wa

import "github.com/justgo/justgo/component"

// The components that are controls: which of their properties hold what the
// person chose, and after which of their events the browser reports them
// (component.Control). The generator (internal/gen/wa) gives the
// constructor of wa-x-y the declaration xYControl, applied before the
// constructor's options; TestControlsMatchTheManifest checks each against
// Web Awesome's manifest.
//
// Form controls hold their live value in the property value (the attribute
// value is defaultValue, the value at first paint) and fire input and
// change like native inputs. Components that open and close report open
// once they have finished (wa-after-show, wa-after-hide), and a tab group
// the panel it shows.
var (
	inputControl       = &component.Control{Value: "value", Events: []string{"input", "change"}}
	textareaControl    = &component.Control{Value: "value", Events: []string{"input", "change"}}
	numberInputControl = &component.Control{Value: "value", Events: []string{"input", "change"}}
	colorPickerControl = &component.Control{Value: "value", Events: []string{"input", "change"}}
	timeInputControl   = &component.Control{Value: "value", Events: []string{"input", "change"}}
	knownDateControl   = &component.Control{Value: "value", Events: []string{"input", "change"}}
	otpInputControl    = &component.Control{Value: "value", Events: []string{"input", "change"}}
	radioGroupControl  = &component.Control{Value: "value", Events: []string{"input", "change"}}
	// A tag input's value is the list of its tags.
	tagInputControl = &component.Control{Value: "value", Multiple: true, Events: []string{"input", "change"}}

	selectControl = &component.Control{Value: "value", Events: []string{"input", "change"}}
	// selectMultipleControl is a select's with Multiple: its value is the
	// list of the chosen options' values.
	selectMultipleControl = &component.Control{Value: "value", Multiple: true, Events: []string{"input", "change"}}

	sliderControl = &component.Control{Value: "value", Number: true, Events: []string{"input", "change"}}
	// A rating fires change only.
	ratingControl = &component.Control{Value: "value", Number: true, Events: []string{"change"}}

	switchControl   = &component.Control{Checked: "checked", Events: []string{"input", "change"}}
	checkboxControl = &component.Control{Checked: "checked", Events: []string{"input", "change"}}

	dialogControl   = &component.Control{Props: []string{"open"}, Events: []string{"wa-after-show", "wa-after-hide"}}
	drawerControl   = &component.Control{Props: []string{"open"}, Events: []string{"wa-after-show", "wa-after-hide"}}
	detailsControl  = &component.Control{Props: []string{"open"}, Events: []string{"wa-after-show", "wa-after-hide"}}
	dropdownControl = &component.Control{Props: []string{"open"}, Events: []string{"wa-after-show", "wa-after-hide"}}
	popoverControl  = &component.Control{Props: []string{"open"}, Events: []string{"wa-after-show", "wa-after-hide"}}
	tooltipControl  = &component.Control{Props: []string{"open"}, Events: []string{"wa-after-show", "wa-after-hide"}}

	tabGroupControl = &component.Control{Props: []string{"active"}, Events: []string{"wa-tab-show"}}
)

// Multiple sets the boolean attribute multiple, which lets a wa-select take
// several options. On a wa-select it also replaces the constructor's
// control declaration with one whose value is the list of the chosen
// options' values, which handlers read as msg.Values.
func Multiple() component.Opt {
	return func(e *component.Element) {
		e.SetAttr("multiple", "")
		if e.Tag() == "wa-select" {
			component.AsControl(selectMultipleControl)(e)
		}
	}
}
