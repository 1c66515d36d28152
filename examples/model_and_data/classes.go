package modelanddata

// cornerClasses are the classes of model_demo's corner divs.
const cornerClasses = "p-3 absolute bg-gray-200 "

// The classes of the input_demo_model programs.
const (
	modelInputClasses = "m-2 bg-gray-200 appearance-none border-2 border-gray-200 rounded xtw-64 py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-purple-500"
	modelDivClasses   = "m-2 p-2 h-32 text-xl border-2 overflow-auto"
)
