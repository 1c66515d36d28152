package input

import (
	"fmt"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

// radioChanged shows, for each button of btnList, whether it is checked.
func radioChanged(btnList *[]*jp.Element, resultDiv *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		resultDiv.Text = ""
		d := jp.Div(jp.In(resultDiv), jp.Classes("m-2 p-2 border"))
		for _, btn := range *btnList {
			if btn.Checked {
				jp.Span(jp.Text(btn.Value+" is checked"), jp.In(d), jp.Classes("text-green-500 mr-6"))
			} else {
				jp.Span(jp.Text(btn.Value+" is NOT checked"), jp.In(d), jp.Classes("text-red-500 mr-6"))
			}
		}
		return nil
	}
}

func radioTest2(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	genders := []string{"male", "female", "other"}
	ages := [][2]int{{0, 30}, {31, 60}, {61, 100}}
	outerDiv := jp.Div(jp.Classes("border m-2 p-2 w-64"), jp.In(wp))
	// Create div to show radio button selection but don't add yet to page. It will be added at the end
	// It is created here so that it could be assigned to the radio button attribute result_div
	resultDiv := jp.Div(jp.Text("Click radio buttons to see results here"), jp.Classes("m-2 p-2 text-xl"))
	jp.P(jp.In(outerDiv), jp.Text("Please select your gender:"))
	var genderList []*jp.Element
	for _, gender := range genders {
		label := jp.Label(jp.Classes("inline-block mb-1 p-1"), jp.In(outerDiv))
		radioBtn := jp.Input(jp.Type("radio"), jp.Name("gender"), jp.Value(gender), jp.In(label),
			jp.On("change", radioChanged(&genderList, resultDiv)))
		genderList = append(genderList, radioBtn)
		jp.Span(jp.Classes("ml-1"), jp.In(label), jp.Text(strings.ToUpper(gender[:1])+gender[1:]))
	}
	jp.Div(jp.In(outerDiv), jp.Classes("m-2")) // Add spacing and line break
	jp.P(jp.In(outerDiv), jp.Text("Please select your age:"))
	var ageList []*jp.Element
	for _, age := range ages {
		label := jp.Label(jp.Classes("inline-block mb-1 p-1"), jp.In(outerDiv))
		radioBtn := jp.Input(jp.Type("radio"), jp.Name("age"), jp.Value(fmt.Sprint(age[0])), jp.In(label),
			jp.On("change", radioChanged(&ageList, resultDiv)))
		ageList = append(ageList, radioBtn)
		jp.Span(jp.Classes("ml-1"), jp.In(label), jp.Text(fmt.Sprintf("%d - %d", age[0], age[1])))
		jp.Br(jp.In(outerDiv))
	}
	wp.Add(resultDiv)
	return wp
}

// RadioTest2 is JustPy's radio_test2: radio_test1 saying, after each
// change, which buttons of the group are checked.
var RadioTest2 = catalog.Example{Name: "radio_test2", Doc: "Radio_test1 that lists, after each change, which buttons of the group are checked", Source: "radio_test2.go", App: catalog.Page(radioTest2)}
