package input

// The classes the chapter's programs share (each of JustPy's repeats them).
const (
	inputClasses = "m-2 bg-gray-200 border-2 border-gray-200 rounded w-64 py-2 px-4 text-gray-700 focus:outline-none focus:bg-white focus:border-purple-500"
	pClasses     = "m-2 p-2 h-32 text-xl border-2"
)
