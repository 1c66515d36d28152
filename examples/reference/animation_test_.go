package reference

import (
	"math/rand/v2"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

const inputClasses = "m-2 bg-gray-200 appearance-none border-2 border-gray-200 rounded w-64 py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-purple-500"

func animate(textToAnimate, d *jp.Element) jp.Handler {
	return func(self *jp.Element, msg *jp.Msg) error {
		d.DeleteComponents() // remove all components from d
		directions := []string{"Up", "Down", "Left", "Right"}
		for _, letter := range textToAnimate.Value {
			l := jp.Div(jp.Animation("fadeIn"+directions[rand.IntN(len(directions))]), jp.Text(string(letter)),
				jp.Classes("rounded-full bg-blue-500 text-white text-6xl"), jp.In(d))
			if letter == ' ' {
				l.Text, l.InnerHTML = "", "&nbsp;" // html_entity=True
			}
		}
		return nil
	}
}

func animationTest(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	// JustPy's input='return True' only keeps the value on the server,
	// which JustGo's inputs always do.
	textToAnimate := jp.Input(jp.In(wp), jp.Classes(inputClasses), jp.Placeholder("Enter text to animate"), jp.Value("Animation Demo!"))
	d := jp.Div(jp.Classes("flex items-center justify-center"), jp.Style("height: 500px"))
	jp.Button(jp.Text("Animate!"), jp.On("click", animate(textToAnimate, d)), jp.Classes("w-32 m-2 bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded"), jp.In(wp))
	wp.Add(d)
	return wp
}

// AnimationTest is JustPy's animation_test (reference: HTMLComponent
// animation): the text typed, letter by letter, each fading in from a
// random side.
var AnimationTest = catalog.Example{Name: "animation_test", Doc: "The text typed, animated letter by letter, each fading in from a random side", Source: "animation_test_.go", App: catalog.Page(animationTest)}
