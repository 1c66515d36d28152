package wire

// Prefix is the path, under the one the App is mounted at, where JustGo
// serves its own endpoints and embedded files. No page is served under it,
// and STATIC_MOUNT may not be. The client builds the same paths from the
// page's base.
const Prefix = "/_jp/"

// The endpoints under Prefix.
const (
	PathWS     = Prefix + "ws"     // the websocket
	PathEvent  = Prefix + "event"  // events by HTTP POST, without websockets
	PathUpload = Prefix + "upload" // a form's files, before its submit
)
