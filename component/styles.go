package component

// Styles are the Tailwind class strings JustPy names in jp.Styles:
// Styles.ButtonBordered() is JustPy's jp.Styles.button_bordered. They are
// methods of an empty value rather than fields, so that no package can
// change them for the whole program.
var Styles StyleSet

// StyleSet is the type of Styles.
type StyleSet struct{}

// ButtonSimple is a blue button with rounded corners.
func (StyleSet) ButtonSimple() string {
	return "bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded"
}

// ButtonPill is a blue button with round ends.
func (StyleSet) ButtonPill() string {
	return "bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded-full"
}

// ButtonOutline is a blue outline that fills when hovered.
func (StyleSet) ButtonOutline() string {
	return "bg-transparent hover:bg-blue-500 text-blue-700 font-semibold hover:text-white py-2 px-4 border border-blue-500 hover:border-transparent rounded"
}

// ButtonBordered is a blue button with a darker border.
func (StyleSet) ButtonBordered() string {
	return "bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 border border-blue-700 rounded"
}

// ButtonDisabled is a faded blue button with a not-allowed cursor.
func (StyleSet) ButtonDisabled() string {
	return "bg-blue-500 text-white font-bold py-2 px-4 rounded opacity-50 cursor-not-allowed"
}

// Button3D is a blue button with a thick bottom border.
func (StyleSet) Button3D() string {
	return "bg-blue-500 hover:bg-blue-400 text-white font-bold py-2 px-4 border-b-4 border-blue-700 hover:border-blue-500 rounded"
}

// ButtonElevated is a white button with a shadow.
func (StyleSet) ButtonElevated() string {
	return "bg-white hover:bg-gray-100 text-gray-800 font-semibold py-2 px-4 border border-gray-400 rounded shadow"
}

// InputClasses is a grey input that turns white, with a purple border,
// when focused.
func (StyleSet) InputClasses() string {
	return "m-2 bg-gray-200 border-2 border-gray-200 rounded w-64 py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-purple-500"
}
