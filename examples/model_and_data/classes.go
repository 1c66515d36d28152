package modelanddata

// cornerClasses are the classes of model_demo's corner divs.
const cornerClasses = "p-3 absolute bg-gray-200 "
