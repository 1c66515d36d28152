package jp_test

import (
	"fmt"

	jp "github.com/justgo/justgo"
)

func ExampleTextf() {
	d := jp.Div(jp.Textf("Number of visits: %d", 3))
	fmt.Println(d.Text)
	// Output: Number of visits: 3
}

func ExampleElement_RemoveClass() {
	d := jp.Div(jp.Classes("m-2 hidden p-2"))
	d.RemoveClass("hidden")
	fmt.Println(d.Classes, d.HasClass("hidden"))
	// Output: m-2 p-2 false
}

func ExampleWithState() {
	d := jp.Div(jp.WithState(jp.State{"text": "Hello"}))
	in := jp.Input(jp.Model(d, "text"), jp.In(d))
	in.ModelUpdate() // the page does this before each update
	fmt.Println(in.Value)
	// Output: Hello
}
