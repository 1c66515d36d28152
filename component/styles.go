package component

// Styles holds the Tailwind class strings JustPy names in jp.Styles.
var Styles = struct {
	ButtonSimple, ButtonPill, ButtonOutline, ButtonBordered, ButtonDisabled, Button3D, ButtonElevated string
	InputClasses                                                                                      string
}{
	ButtonSimple:   "bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded",
	ButtonPill:     "bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 rounded-full",
	ButtonOutline:  "bg-transparent hover:bg-blue-500 text-blue-700 font-semibold hover:text-white py-2 px-4 border border-blue-500 hover:border-transparent rounded",
	ButtonBordered: "bg-blue-500 hover:bg-blue-700 text-white font-bold py-2 px-4 border border-blue-700 rounded",
	ButtonDisabled: "bg-blue-500 text-white font-bold py-2 px-4 rounded opacity-50 cursor-not-allowed",
	Button3D:       "bg-blue-500 hover:bg-blue-400 text-white font-bold py-2 px-4 border-b-4 border-blue-700 hover:border-blue-500 rounded",
	ButtonElevated: "bg-white hover:bg-gray-100 text-gray-800 font-semibold py-2 px-4 border border-gray-400 rounded shadow",
	InputClasses:   "m-2 bg-gray-200 border-2 border-gray-200 rounded w-64 py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-purple-500",
}
