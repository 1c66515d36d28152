package main

import (
	"github.com/justgo/justgo/examples/form"
	"github.com/justgo/justgo/examples/handling_events"
	"github.com/justgo/justgo/examples/input"
	"github.com/justgo/justgo/examples/internal/catalog"
	"github.com/justgo/justgo/examples/model_and_data"
	"github.com/justgo/justgo/examples/page_events"
	"github.com/justgo/justgo/examples/pushing_data"
	"github.com/justgo/justgo/examples/uploading_files"
)

// chapters are JustPy's tutorial chapters, in its order.
var chapters = []catalog.Chapter{
	handlingevents.Chapter,
	input.Chapter,
	modelanddata.Chapter,
	pushingdata.Chapter,
	form.Chapter,
	pageevents.Chapter,
	uploadingfiles.Chapter,
}
