package main

import (
	"github.com/justgo/justgo/examples/ajax"
	"github.com/justgo/justgo/examples/basic_concepts"
	"github.com/justgo/justgo/examples/before_after_events"
	"github.com/justgo/justgo/examples/blog"
	"github.com/justgo/justgo/examples/custom_components"
	"github.com/justgo/justgo/examples/demos"
	"github.com/justgo/justgo/examples/drag_and_drop"
	"github.com/justgo/justgo/examples/equations"
	"github.com/justgo/justgo/examples/form"
	"github.com/justgo/justgo/examples/getting_started"
	"github.com/justgo/justgo/examples/handling_events"
	"github.com/justgo/justgo/examples/html_components"
	"github.com/justgo/justgo/examples/input"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/examples/markdown"
	"github.com/justgo/justgo/examples/matplotlib"
	"github.com/justgo/justgo/examples/model_and_data"
	"github.com/justgo/justgo/examples/page_events"
	"github.com/justgo/justgo/examples/pushing_data"
	"github.com/justgo/justgo/examples/reference"
	"github.com/justgo/justgo/examples/request_object"
	"github.com/justgo/justgo/examples/routes"
	"github.com/justgo/justgo/examples/static"
	"github.com/justgo/justgo/examples/svg_components"
	"github.com/justgo/justgo/examples/tailwind"
	"github.com/justgo/justgo/examples/transitions"
	"github.com/justgo/justgo/examples/uploading_files"
	"github.com/justgo/justgo/examples/working_with_html"
)

// chapters are JustPy's tutorial chapters, in its order, then its
// reference pages and demo apps.
var chapters = []catalog.Chapter{
	gettingstarted.Chapter,
	basicconcepts.Chapter,
	routes.Chapter,
	tailwind.Chapter,
	htmlcomponents.Chapter,
	handlingevents.Chapter,
	input.Chapter,
	modelanddata.Chapter,
	workingwithhtml.Chapter,
	customcomponents.Chapter,
	beforeafterevents.Chapter,
	pageevents.Chapter,
	pushingdata.Chapter,
	form.Chapter,
	uploadingfiles.Chapter,
	ajax.Chapter,
	static.Chapter,
	markdown.Chapter,
	equations.Chapter,
	matplotlib.Chapter,
	svgcomponents.Chapter,
	transitions.Chapter,
	draganddrop.Chapter,
	requestobject.Chapter,
	reference.Chapter,
	demos.Chapter,
	blog.Chapter,
}
