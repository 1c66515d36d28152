package wire

// The HTML half of the protocol: what the server writes into a page's first
// paint (page.Render for the components, static/document.go around them)
// and the client reads back.

// Attributes JustGo writes. Each starts with AttrPrefix, which the
// attributes of components may not (the browser reads names in any case).
const (
	AttrPrefix = "data-jp"
	AttrID     = "data-jp"    // every element: its id in messages
	AttrOn     = "data-jp-on" // the events the server listens for, EventSep between entries
	// AttrControl declares a custom element a control (a Control, as JSON):
	// which of its properties hold its value and which events report it.
	AttrControl = "data-jp-control"
	// AttrProps holds, in a first paint, the DOM properties to set on the
	// element (a JSON object), which HTML cannot carry; the client takes it
	// away once it has set them.
	AttrProps = "data-jp-props"

	// On the root element (ElementRoot):
	AttrPage    = "data-jp-page"   // the page id (QueryPage)
	AttrVersion = "data-jp-v"      // the page version the HTML shows (QueryVersion)
	AttrBase    = "data-jp-base"   // the path the app is mounted at, ending in "/"
	AttrURL     = "data-jp-url"    // display_url at load: the client shows it in the address bar
	AttrHTTP    = "data-jp-http"   // HTTPOn: events go by POST to PathEvent, no websocket
	AttrReload  = "data-jp-reload" // with AttrHTTP: milliseconds between the browser's asks for what changed
	AttrRejoin  = "data-jp-rejoin" // the signed token another instance rebuilds the page from (QueryRejoin)
	AttrUpload  = "data-jp-upload" // the upload limits in bytes, per file and per submit, UploadSep between
	AttrState   = "data-jp-state"  // set by the client: StateLive or StateReconnecting

	// AttrAnimation names the animate.css animation the client plays on an
	// element each time it applies a change to it.
	AttrAnimation = "data-animation"
	// AttrFocus gives an element focus once the client has applied the
	// change that set it (JustPy's set_focus); in a first paint the
	// browser's own autofocus does.
	AttrFocus = "autofocus"
	// AttrTransition holds an element's transition (JSON: Tailwind classes
	// by phase, TransitionEnter and the others): the client plays it when
	// the element loads, and when it is shown or hidden, by Show or by
	// Tailwind's class hidden, as the HTML attribute hidden is spelled.
	AttrTransition = "data-transition"
	// AttrDragClasses are classes a draggable element has while dragged.
	AttrDragClasses = "data-drag-classes"
	// AttrEventProps names the properties of the DOM event that travel
	// with each of the element's events (ClientMsg.EventProps; JustPy's
	// additional_properties: screenX, pageY, altKey…), EventSep between.
	AttrEventProps = "data-event-props"
	// AttrStopPropagation, present, stops the element's events at it: the
	// elements around it do not get them (JustPy's event_propagation=False).
	AttrStopPropagation = "data-stop-propagation"
)

// Bounds of ClientMsg.EventProps: the client sends only numbers, booleans
// and strings, and the server keeps at most MaxEventProps of the names the
// element lists, strings of at most MaxEventPropBytes.
const (
	MaxEventProps     = 32
	MaxEventPropBytes = 1024
)

// The phases of a transition (AttrTransition), as in JustPy's transition
// dict (Alpine's format): the classes held throughout, then those it
// starts from and those it ends at.
const (
	TransitionEnter      = "enter"
	TransitionEnterStart = "enter_start"
	TransitionEnterEnd   = "enter_end"
	TransitionLeave      = "leave"
	TransitionLeaveStart = "leave_start"
	TransitionLeaveEnd   = "leave_end"
	TransitionLoad       = "load"
	TransitionLoadStart  = "load_start"
	TransitionLoadEnd    = "load_end"
)

// DragType is the data type under which the client puts the id of the
// element dragged in a drag's DataTransfer: a drop names what was dropped
// (ClientMsg.Drag).
const DragType = "application/x-justgo-ref"

// Values and separators of those attributes.
const (
	EventSep          = " " // between the entries of AttrOn
	UploadSep         = "," // between the two limits of AttrUpload
	HTTPOn            = "1"
	StateLive         = "live"
	StateReconnecting = "reconnecting"
)

// Element ids (HTML id attributes) of the page shell and the client.
const (
	ElementRoot   = "jp-root"   // holds the page's components
	ElementStatus = "jp-status" // the client's notice while it reconnects
	ElementError  = "jp-error"  // the client's notice of a failed handler
)

// ClassDark on <html> turns on Tailwind's dark variants (Body.Dark), and
// ClassDarkTheme the web components' dark theme (Web Awesome's) with them.
const (
	ClassDark      = "dark"
	ClassDarkTheme = "wa-dark"
)

// A text node component, tag TextTag, has no element of its own: its first
// paint is the comment <!--jp:ID--> (TextMarker and its id) then its
// escaped text; the client takes the comment out and keeps the text node.
const (
	TextTag    = "#text"
	TextMarker = "jp:"
)
