package input

import (
	"fmt"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func radioTest1(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	genders := []string{"male", "female", "other"}
	ages := [][2]int{{0, 30}, {31, 60}, {61, 100}}

	outerDiv := jp.Div(jp.Classes("border m-2 p-2 w-64"), jp.In(wp))

	jp.P(jp.In(outerDiv), jp.Text("Please select your gender:"))
	for _, gender := range genders {
		label := jp.Label(jp.Classes("inline-block mb-1 p-1"), jp.In(outerDiv))
		jp.Input(jp.Type("radio"), jp.Name("gender"), jp.Value(gender), jp.In(label))
		jp.Span(jp.Classes("ml-1"), jp.In(label), jp.Text(strings.ToUpper(gender[:1])+gender[1:]))
	}

	jp.Div(jp.In(outerDiv), jp.Classes("m-2")) // Add spacing and line break
	jp.P(jp.In(outerDiv), jp.Text("Please select your age:"))
	for _, age := range ages {
		label := jp.Label(jp.Classes("inline-block mb-1 p-1"), jp.In(outerDiv))
		jp.Input(jp.Type("radio"), jp.Name("age"), jp.Value(fmt.Sprint(age[0])), jp.In(label))
		jp.Span(jp.Classes("ml-1"), jp.In(label), jp.Text(fmt.Sprintf("%d - %d", age[0], age[1])))
		jp.Br(jp.In(outerDiv))
	}

	return wp
}

// RadioTest1 is JustPy's radio_test1 (tutorial: input), ported to
// JustGo: two groups of radio buttons; choosing one unchecks the others of
// its group only.
var RadioTest1 = catalog.Example{Name: "radio_test1", Doc: "Two groups of radio buttons; choosing one unchecks the others of its group only", Source: "radio_test1.go", App: catalog.Page(radioTest1)}
