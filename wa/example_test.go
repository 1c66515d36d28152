package wa_test

import (
	"fmt"

	"github.com/justgo/justgo/wa"
)

// A wa-input with a label: the constructor makes the tag, the option sets
// the attribute, and the element is declared a control whose value the
// browser reports after input and change.
func Example() {
	name := wa.Input(wa.Label("Name"))
	fmt.Println(name.Tag(), name.Attr("label"))
	fmt.Println(name.Control.Value, name.Control.Events)
	// Output:
	// wa-input Name
	// value [input change]
}

// Multiple lets a select take several options; its control then reports
// a list (msg.Values).
func ExampleMultiple() {
	sizes := wa.Select(wa.Label("Sizes"), wa.Multiple())
	_, multiple := sizes.Attrs["multiple"]
	fmt.Println(multiple, sizes.Control.Multiple)
	// Output:
	// true true
}
