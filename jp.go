package jp

//go:generate go run ./internal/gen/tags
//go:generate go run ./internal/gen/facadedoc

import (
	"github.com/justgo/justgo/chart"
	"github.com/justgo/justgo/grid"
	"github.com/justgo/justgo/storage"
	"net/http"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/topic"
)

// The types a page author uses, from the packages that define them. go doc
// does not follow an alias to another package's methods, so the comment of
// each alias lists its type's fields and methods (internal/gen/facadedoc
// writes the lists: run go generate after changing them).
type (
	// WebPage is a page: a page function returns it, handlers change it.
	//
	// Fields of page.WebPage:
	//
	//   - Title string: Title is the document title.
	//   - DisplayURL string: DisplayURL changes the browser's address bar through the History API, without a reload.
	//   - Redirect string: Redirect, when set, sends the browser to this address with the next update (or, set by a page function, instead of serving the page), and is cleared once sent.
	//   - AllowAnyRedirect bool: AllowAnyRedirect lets Redirect take any URL scheme; the author vouches.
	//   - Favicon string: URL of the page's icon
	//   - HeadHTML string: raw HTML at the end of <head>
	//   - BodyHTML string: raw HTML at the end of <body>
	//   - CSS string: a style sheet for the page
	//   - BodyClasses string: the <body> class attribute
	//   - BodyStyle string: the <body> style attribute
	//   - Dark bool: Tailwind's dark mode
	//   - Tailwind bool: link Tailwind's stylesheet (NewWebPage sets it)
	//   - NoWebsockets bool: NoWebsockets sends this page's events by HTTP POST even when the app uses websockets; the page then changes only in answer to its events.
	//   - Keep bool: Keep keeps the page while the process runs, even when no browser shows it (JustPy's delete_flag=False): a page shared by every visitor.
	//   - ReloadInterval time.Duration: ReloadInterval, on a page whose events go by HTTP POST, makes its browsers ask for what changed that often (JustPy's reload_interval): a page without a websocket that another goroutine changes, such as a dashboard, refreshes its content without reloading.
	//   - State State: State holds the values that components bound to it with Model show (JustPy's data=), by key.
	//   - Response http.Handler: Response, when set by a page function, is served instead of the page (a file, JSON, a redirect: anything an http.Handler answers).
	//
	// Methods of page.WebPage:
	//
	//   - Add(cs ...Component): Add appends components to the page.
	//   - AddFirst(cs ...Component): AddFirst puts components before the page's others.
	//   - Components() []Component: Components returns the page's top-level components.
	//   - Connections() int: Connections is how many browser connections show the page now.
	//   - Context() context.Context: Context is cancelled when the page is dropped (no browser showed it for the registry's timeout, or the app closed): a goroutine feeding the page stops on it.
	//   - DeleteComponents(): DeleteComponents removes every component from the page.
	//   - Do(fn func()) bool: Do queues fn to run on the page's goroutine, after whatever the page is doing now (a handler included, when Do is called from one), and then sends what changed.
	//   - DoWait(fn func()) bool: DoWait runs fn like Do and waits until it has run and its changes are sent.
	//   - DocumentAssets() []wire.Asset: DocumentAssets are the library files the page's first paint needs, once Render has returned.
	//   - Events() []string: Events returns the page events with handlers, sorted.
	//   - Expired() bool: Expired reports whether the page was dropped because no browser showed it.
	//   - Handle(c Conn, sessionID, connID string, m *wire.ClientMsg) error: Handle is Receive that waits for the message to be handled and returns its error.
	//   - ID() string: ID is the page's unguessable id.
	//   - Inspect(fn func()) bool: Inspect runs fn on the page's goroutine and waits for it, sending nothing: a read of a page that may be live elsewhere (a shared page that another request returns while its browsers change it) sees it whole.
	//   - LinkLibraries(fn func(tag string) []wire.Asset): LinkLibraries tells the page which library files an element of a tag needs (the App's web components, charts, grids): the page links them in its first paint, and a browser loads them once when a later change brings the first such element.
	//   - ModelState() State: ModelState returns the page's State, making it when it is nil.
	//   - Off(event string): Off removes the handler for a page event.
	//   - On(event string, h any): On sets the handler for a page event, replacing any earlier one: a func(wp *WebPage, msg *Msg), with or without an error result (a PageHandler); any other value panics.
	//   - Receive(c Conn, sessionID, connID string, m *wire.ClientMsg, reply func(error)) bool: Receive queues a message from connection c, whose websocket was opened with the verified session sessionID, for the page's goroutine: after everything queued before it, that runs the handler, if any, sends what changed to every browser showing the page and calls reply with the handler's error or why the message was refused.
	//   - ReceiveHere(c Conn, sessionID, connID string, m *wire.ClientMsg, reply func(error)) (ok bool, run func()): ReceiveHere is Receive for a caller whose goroutine can stand in for the page's own: when the page has none running, run is the page's work, which the caller runs once nothing else waits for it (a connection's reader hands the connection back first, so that it reads on meanwhile).
	//   - RedirectTarget() string: RedirectTarget is Redirect if it may be followed: relative, http(s), mailto or tel (SafeURL), or any when AllowAnyRedirect is set; "" and a warning otherwise.
	//   - Reload(): Reload makes every browser showing the page reload it with the next update.
	//   - Remove(c Component) bool: Remove takes a component off the page; it reports whether it was there.
	//   - Render(w io.Writer) (version uint64, err error): Render writes the HTML of the page's components, as the browser first shows them, and records them as sent (for a page no browser has had, as a sum until one joins: see paint.go); it returns the page version the HTML shows.
	//   - RequestJavaScript(requestID, code string): RequestJavaScript runs code like RunJavaScript, and each browser sends its value back as a result_ready page event whose msg.RequestID is requestID and msg.Result the value as JSON (an exception's message as a string).
	//   - RunJavaScript(code string): RunJavaScript runs code in every browser showing the page with the next update.
	//   - Update(): Update sends what changed to every browser showing the page.
	//   - Upload(r *multipart.Reader, limits upload.Limits, session string) ([]wire.FileInfo, error): Upload takes the files of a multipart upload for the submit event that follows it, which names them by the references returned (see upload.Receive for the limits).
	//
	// Full documentation: go doc github.com/justgo/justgo/page WebPage, or WebPage.Add for one method.
	WebPage = page.WebPage
	// Msg is what an event handler receives (JustPy's msg).
	//
	// Fields of page.Msg:
	//
	//   - EventType string: "click", "input", ...
	//   - Ref string: JustGo's id of the element the event is for (its Ref)
	//   - Target Component: that element
	//   - HTMLTag string: its tag
	//   - InputType string: its type attribute, for inputs
	//   - Value string: the element's value, for inputs
	//   - Checked bool: the element's checked state, for checkboxes and radios
	//   - Number float64: Number is Value converted, for inputs of type number and range (0 when it is empty or not a number).
	//   - Invalid string: Invalid says why the value is not valid ("Please enter a number."), as the browser or the conversion to Number found; "" when it is.
	//   - Values []string: a select that allows several: the chosen options' values
	//   - Files []*File: Files are the chosen files, for a file input's change event: their name, size, type and time, not their content (see FormData).
	//   - UploadError error: UploadError joins the errors of the files of FormData that did not arrive (over a limit), nil when every file did.
	//   - Page *WebPage: the page the event came from
	//   - PageID string
	//   - SessionID string: SessionID is the id from the session cookie that was verified when the websocket connected; nothing the browser sends can change it.
	//   - WebsocketID string: identifies the browser connection
	//   - KeyData *KeyData: for keyboard events
	//   - FormData []FormField: for submit: every field of the form, in document order
	//   - RequestID string: For result_ready: the request id given to RequestJavaScript, and the JSON value of the code.
	//   - Result json.RawMessage
	//   - Dragged Component: Dragged is, for drag events (dragstart, dragover, drop), the element dragged when it is one of the page's (a Draggable element), and DragText the dragged text (text/plain: text dropped from elsewhere).
	//   - DragText string
	//   - Detail any: Detail is a custom event's detail, decoded from JSON (maps, slices, strings, float64s, bools), elements in it given as their Ref; nil when it has none or it was over wire.MaxDetailBytes.
	//   - EventProps map[string]any: EventProps are the DOM event's properties the element asked for (component.AdditionalProperties, JustPy's additional_properties), by name: float64s, bools and strings ("screenX": 240.0, "altKey": false); nil when it asked for none.
	//
	// Full documentation: go doc github.com/justgo/justgo/page Msg, or Msg.EventType for one field.
	Msg = page.Msg
	// Element is an HTML element.
	//
	// Fields of component.Element:
	//
	//   - page.Props (embedded)
	//   - State page.State: State holds the values that elements bound to it with Model show (JustPy's data=), by key.
	//
	// Methods of component.Element:
	//
	//   - Add(cs ...page.Component): Add appends children.
	//   - AddFirst(cs ...page.Component): AddFirst puts children before the others.
	//   - AsElement() *Element: AsElement returns e; types that embed an Element inherit it, which is how FindByName and NameDict hand back the element of a custom component.
	//   - Attr(name string) string: Attr returns the value of an attribute, "" when it is not set.
	//   - Call(method string, args ...any): Call calls a method of the element in every browser showing it, with the next update, once its custom element is defined and has rendered: el.Call("focus"), toast.Call("create", "Saved", opts).
	//   - CallUpdate(method string, args ...any): CallUpdate is Call for a method that brings the element up to date with its BuildProps (a chart's new points, a grid's row transaction): a browser that builds the element afresh has them already and is not sent it.
	//   - Components() []page.Component: Components returns the children, in order.
	//   - DeleteComponents(): DeleteComponents removes every child.
	//   - Events() []string: Events returns the event types with handlers, sorted, each with its modifiers as the browser reads them ("input:debounce=300").
	//   - ForComponent(c *Element): ForComponent makes a label's for attribute name c, giving c an HTML id when it has none (JustPy's for_component).
	//   - HandleEvent(msg *page.Msg) error: HandleEvent runs the handler for msg.EventType.
	//   - HasClass(class string) bool: HasClass reports whether class is one of the element's classes (JustPy's has_class).
	//   - HasHook(hook string) bool: HasHook reports whether e has a "before" or "after" handler.
	//   - ModelState() page.State: ModelState returns the element's State, making it when it is nil, for elements bound to it with Model.
	//   - ModelText() string: ModelText returns the bound value as text: "" for nil, numbers in their shortest form.
	//   - ModelUpdate(): ModelUpdate shows the bound value (JustPy's model_update).
	//   - ModelValue() any: ModelValue returns the value the element is bound to, nil without a model.
	//   - Number() (float64, error): Number returns the value of a number or range input as a number.
	//   - Off(event string): Off removes the handler for an event type.
	//   - On(event string, h any, opts ...EventOpt): On sets the handler for an event type, replacing any earlier one.
	//   - Prop(name string) any: Prop returns a DOM property as the server has it: as set, or as the browser reported it for a control (a dialog's "open", a multiple select's values).
	//   - Properties() *page.Props: Properties returns the element's Props, for the page.
	//   - React(): React does nothing: a custom component replaces it to bring its children up to date before each update (see Make).
	//   - Ref() string: Ref is JustGo's id of the element: unique in the process, it names the element in the messages between the page and the browser (msg.Ref).
	//   - Remove(c page.Component) bool: Remove takes a child away; it reports whether it was there.
	//   - RemoveClass(classes string): RemoveClass takes every class of a space-separated list off the element's classes, as JustPy's remove_class does; classes it does not have are left alone.
	//   - RequestCall(requestID, method string, args ...any): RequestCall is Call whose result each browser sends back as a result_ready page event with msg.RequestID requestID and msg.Result the value (awaited when a promise) as JSON, or the error's message.
	//   - RunHook(hook string, msg *page.Msg) error: RunHook runs the "before" or "after" handler, if there is one, for the event in msg.
	//   - Self() page.Component: Self returns the component the element stands for: the custom component that embeds it, or the element itself.
	//   - SetAdditionalProperties(names ...string): SetAdditionalProperties is the option AdditionalProperties on a made element (JustPy's el.additional_properties = [...]); none stops them.
	//   - SetAnimation(name string): SetAnimation sets the element's animation (see Animation); "" stops it.
	//   - SetAttr(name, value string): SetAttr sets an attribute.
	//   - SetClass(class string): SetClass puts a Tailwind class in place of the element's class of the same kind, as JustPy's set_class does: SetClass("bg-red-500") replaces bg-blue-500, SetClass("hover:bg-red-700") replaces hover:bg-blue-700, SetClass("text-xl") replaces text-sm and leaves text-white.
	//   - SetClasses(classes string): SetClasses calls SetClass for each class of a space-separated list (JustPy's set_classes).
	//   - SetEventPropagation(b bool): SetEventPropagation is the option EventPropagation on a made element.
	//   - SetFocus(b bool): SetFocus is the option SetFocus on a made element (JustPy's el.set_focus = True): it writes the element's autofocus attribute, which the client follows after each patch that sets it.
	//   - SetProp(name string, v any): SetProp sets a DOM property of the element in the browser (a web component's "open", a list's "items"), beside its attributes: a value JSON can carry, set once the element's custom element is defined.
	//   - SetTransition(t Transition): SetTransition sets the element's transition; the zero Transition removes it.
	//   - SetUnsafeAttr(name, value string): SetUnsafeAttr sets an attribute that is written as given (UnsafeAttr).
	//   - Tag() string: Tag is the HTML tag name.
	//   - ValueChanged() bool: ValueChanged stores the value the browser reported in the bound State.
	//
	// Full documentation: go doc github.com/justgo/justgo/component Element, or Element.Add for one method.
	Element = component.Element
	// Component is anything that can sit in a page.
	//
	// Methods of page.Component:
	//
	//   - Ref() string: Ref is JustGo's id of the component, which names it in messages (not the HTML id attribute): unique in the process and stable for the component's life.
	//   - Tag() string: Tag is the HTML tag name.
	//   - Properties() *Props: Properties returns the component's live properties.
	//   - Components() []Component: Components returns the children, in order.
	//   - Events() []string: Events returns the event types with handlers, sorted; an entry may carry modifiers for the browser after its name ("input:debounce=300").
	//   - HandleEvent(msg *Msg) error: HandleEvent runs the handlers for msg.EventType.
	//
	// Full documentation: go doc github.com/justgo/justgo/page Component, or Component.Ref for one method.
	Component = page.Component
	// Container is a page or element that components are added to.
	//
	// Methods of page.Container:
	//
	//   - Add(cs ...Component)
	//
	// Full documentation: go doc github.com/justgo/justgo/page Container, or Container.Add for one method.
	Container = page.Container
	// Handler handles an element's event.
	Handler = component.Handler
	// Opt sets up an element when it is made.
	Opt = component.Opt
	// Storage is an App's typed values, per session and app-wide
	// (App.Storage; package storage).
	//
	// Methods of storage.Storage:
	//
	//   - Close() error: Close ends the subscription and closes the store.
	//   - Use(st store.Store): Use makes st the store, and subscribes to its changes.
	//   - Watchers() int: Watchers is how many pages watch app-wide values now.
	//
	// Full documentation: go doc github.com/justgo/justgo/storage Storage, or Storage.Close for one method.
	Storage = storage.Storage
	// Control declares which properties of a custom element hold its value
	// and which events report them.
	//
	// Fields of wire.Control:
	//
	//   - Value string
	//   - Checked string
	//   - Multiple bool
	//   - Number bool: the Value property is a number
	//   - Events []string
	//   - Props []string
	//
	// Full documentation: go doc github.com/justgo/justgo/internal/wire Control, or Control.Value for one field.
	Control = page.Control
	// Shared is an element several pages show at once.
	//
	// Fields of component.Shared:
	//
	//   - *Element (embedded)
	//
	// Methods of component.Shared:
	//
	//   - Do(fn func()): Do runs fn, which changes the element or its children, holding the element's lock; then every page that shows it sends the change, each through its mailbox (many changes before a page gets to it cost it one flush).
	//   - Lock(): Lock and Unlock guard the element's subtree; pages call them.
	//   - ShownBy(wp *page.WebPage): ShownBy records that wp shows the element; pages call it.
	//   - Unlock()
	//
	// Full documentation: go doc github.com/justgo/justgo/component Shared, or Shared.Do for one method.
	Shared = component.Shared
	// State holds the values components bind to with Model (JustPy's
	// data=), by key: the type of WebPage.State and Element.State.
	State = page.State
	// StateHolder is a page or element with a State.
	//
	// Methods of page.StateHolder:
	//
	//   - ModelState() State
	//
	// Full documentation: go doc github.com/justgo/justgo/page StateHolder, or StateHolder.ModelState for one method.
	StateHolder = page.StateHolder
	// DataMap is State's former name.
	//
	// Deprecated: use State (jp.Data is the <data> element).
	DataMap = page.State
	// DataHolder is StateHolder's former name.
	//
	// Deprecated: use StateHolder.
	DataHolder = page.StateHolder
	// FormField is one field of a submitted form, in msg.FormData.
	//
	// Fields of page.FormField:
	//
	//   - Ref string: JustGo's id of the field's element (its Ref), when it has one
	//   - Tag string: input, select, textarea or button
	//   - Type string: the type attribute: text, password, checkbox, file, ...
	//   - Name string
	//   - Placeholder string
	//   - Value string
	//   - Checked bool
	//   - Values []string: a select that allows several: the chosen options
	//   - Files []*File: a file input: the uploaded files
	//
	// Full documentation: go doc github.com/justgo/justgo/page FormField, or FormField.Ref for one field.
	FormField = page.FormField
	// File is a chosen or uploaded file; see upload.File.
	//
	// Fields of upload.File:
	//
	//   - Name string: the file's name, without any directory
	//   - Size int64: in bytes
	//   - Type string: the MIME type the browser gave
	//   - LastModified time.Time
	//   - Err error: Err says why the file did not arrive (it was over a limit); nil when it did.
	//
	// Methods of upload.File:
	//
	//   - Content() ([]byte, error): Content reads the whole uploaded content (JustPy's file_content, decoded).
	//   - Open() (io.ReadCloser, error): Open opens the uploaded content.
	//   - SaveAs(path string) error: SaveAs stores the uploaded content at path, moving it when it can.
	//
	// Full documentation: go doc github.com/justgo/justgo/upload File, or File.Content for one method.
	File = page.File
	// Maker makes a custom component for ParseHTML; see Makers.
	Maker = component.Maker
	// Check shows what is wrong with a field next to it; see NewCheck.
	//
	// Fields of component.Check:
	//
	//   - *Element (embedded): the message
	//   - Field *Element
	//
	// Methods of component.Check:
	//
	//   - Validate() bool: Validate checks the field now, showing the error if there is one, and reports whether the value is valid.
	//
	// Full documentation: go doc github.com/justgo/justgo/component Check, or Check.Validate for one method.
	Check = component.Check
)

// Topic carries values of type T to every page that subscribes, each
// shown on the page's own goroutine: the way to keep many pages in step
// with shared data; see topic.Topic.
//
// Methods of topic.Topic:
//
//   - Publish(v T): Publish sends v to every subscribed page.
//   - Subscribe(wp *page.WebPage, show func(T)) (cancel func()): Subscribe runs show(v) on wp's goroutine for every value published from now on, after whatever the page is doing, and then sends what it changed.
//   - Subscribers() int: Subscribers is the number of pages subscribed now.
//
// Full documentation: go doc github.com/justgo/justgo/topic Topic, or Topic.Publish for one method.
type Topic[T any] = topic.Topic[T]

// Rows keeps an element's children one per item of a slice, by key, so
// that only the rows that changed travel; see component.Rows.
//
// Fields of component.Rows:
//
//   - Parent *Element
//   - Key func(T) K
//   - Build func(T) *Element
//   - Update func(row *Element, item T): Update shows item in its row; nil when Build's row never changes.
//
// Methods of component.Rows:
//
//   - Row(k K) *Element: Row returns the row of key k, or nil.
//   - Set(items []T): Set shows items, in their order.
//
// Full documentation: go doc github.com/justgo/justgo/component Rows, or Rows.Row for one method.
type Rows[T any, K comparable] = component.Rows[T, K]

// NewCheck returns the message that shows what check says is wrong with
// field's value ("" when nothing is), next to it, as the person types; see
// component.Check.
func NewCheck(field *Element, check func(value string) string, opts ...Opt) *Check {
	return component.NewCheck(field, check, opts...)
}

// Validate checks every field, showing each error, and reports whether all
// are valid.
func Validate(checks ...*Check) bool { return component.Validate(checks...) }

// Required is a check that a value is not blank.
func Required(message string) func(string) string { return component.Required(message) }

// Model binds an element to a value of a page's or element's State
// (JustPy's model=[wp, "text"]); see component.Model.
func Model(src StateHolder, key string) Opt { return component.Model(src, key) }

// Make returns the element of a custom component self, a type that embeds
// it; see component.Make.
func Make(self Component, tag string, opts ...Opt) *Element {
	return component.Make(self, tag, opts...)
}

// InputChangeOnly returns an input that sends its value on change, not at
// each keystroke (JustPy's InputChangeOnly).
func InputChangeOnly(opts ...Opt) *Element { return component.InputChangeOnly(opts...) }

// NewShared makes el shareable between pages: change it inside its Do.
func NewShared(el *Element) *Shared { return component.NewShared(el) }

// NewWebPage returns an empty page.
func NewWebPage() *WebPage { return page.NewWebPage() }

// Respond returns a page that is answered by h instead: a page function
// returns it when the request needs a plain response (a file, JSON, an
// error status), as a JustPy route may return any Response.
func Respond(h http.Handler) *WebPage {
	wp := page.NewWebPage()
	wp.Response = h
	return wp
}

// M is a JSON object, for options written as Go literals:
// jp.M{"title": jp.M{"text": "CPU"}}.
type M = map[string]any

// EChart returns an Apache ECharts chart of options (package chart): after
// the first paint only the top-level keys that change travel, and Append
// sends only new points.
func EChart(options M, opts ...Opt) *chart.EChart { return chart.New(options, opts...) }

// AgGrid returns an AG Grid of rows — a slice of structs or maps, or
// *sql.Rows — (package grid): changes travel as row transactions, so the
// person's scroll, sort, filter and selection stay.
func AgGrid(rows any, opts ...Opt) *grid.AgGrid { return grid.New(rows, opts...) }

// Tag returns an element with any tag, for those without a constructor:
// jp.Tag("div", opts...) is jp.Div(opts...).
func Tag(tag string, opts ...Opt) *Element { return component.Tag(tag, opts...) }

// Styles are JustPy's Tailwind class strings for buttons and inputs:
// jp.Styles.ButtonBordered() is JustPy's jp.Styles.button_bordered. They
// are methods, so no package can change them for the others.
var Styles component.StyleSet

// Options for elements, JustPy's keyword arguments: jp.Div(jp.Text("Hi"),
// jp.Classes("m-2"), jp.In(wp)) is jp.Div(text='Hi', classes='m-2', a=wp).

// Text sets the element's text (text=); it is always escaped.
func Text(s string) Opt { return component.Text(s) }

// Textf sets the element's text to fmt.Sprintf(format, args...) (text=
// with an f-string); it is always escaped.
func Textf(format string, args ...any) Opt { return component.Textf(format, args...) }

// Classes sets the class attribute (classes=).
func Classes(s string) Opt { return component.Classes(s) }

// Tracked makes the element the root of a tracked subtree, which the page
// compares only after a method, a browser's event or Touch recorded a
// change in it: the fast path for big pages (see component.Tracked).
func Tracked() Opt { return component.Tracked() }

// Style sets the style attribute (style=).
func Style(s string) Opt { return component.Style(s) }

// Show sets whether the element is shown (show=); hidden elements take no space.
func Show(b bool) Opt { return component.Show(b) }

// Value sets the value of an input, textarea or select (value=).
func Value(s string) Opt { return component.Value(s) }

// Checked sets the checked state of a checkbox or radio button (checked=).
func Checked(b bool) Opt { return component.Checked(b) }

// WithState gives the element a State of its own (data=), which Model binds
// its children to: jp.Div(jp.WithState(jp.State{"text": "hi"})).
func WithState(s State) Opt { return component.WithState(s) }

// InnerHTML sets raw HTML content (inner_html=), written as it is.
func InnerHTML(s string) Opt { return component.InnerHTML(s) }

// Attr sets one attribute, such as Attr("for", "username"). Event
// handlers (on*), srcdoc and URLs that would run script (javascript:) are
// never written; see UnsafeAttr.
func Attr(name, value string) Opt { return component.Attr(name, value) }

// Prop sets a DOM property of the element (see Element.SetProp): a web
// component's state that has no attribute.
func Prop(name string, v any) Opt { return component.Prop(name, v) }

// AsControl declares a custom element a control whose value, checked state
// and other properties the browser reports after the events c names, as
// it reports an input's (package wa's constructors declare theirs).
func AsControl(c *Control) Opt { return component.AsControl(c) }

// UnsafeAttr sets an attribute that is written as given, even an event
// handler (onclick) or a javascript: URL, which Attr refuses: the author
// vouches for the value, which must never come from a user.
func UnsafeAttr(name, value string) Opt { return component.UnsafeAttr(name, value) }

// Attrs sets several attributes.
func Attrs(m map[string]string) Opt { return component.Attrs(m) }

// Name sets the name attribute (name=), by which ParseHTML's NameDict and
// FindByName find an element.
func Name(s string) Opt { return component.Name(s) }

// ID sets the HTML id attribute. (Element.Ref is JustGo's own id of an
// element, in its messages.)
func ID(s string) Opt { return component.ID(s) }

// Type sets the type attribute, as of an input or a button.
func Type(s string) Opt { return component.Type(s) }

// Placeholder sets the placeholder attribute.
func Placeholder(s string) Opt { return component.Placeholder(s) }

// Href sets the href attribute.
func Href(s string) Opt { return component.Href(s) }

// Src sets the src attribute.
func Src(s string) Opt { return component.Src(s) }

// On sets a handler for an event, as Element.On does: a func(self
// *jp.Element, msg *jp.Msg), with or without an error result.
func On[H HandlerFunc](event string, h H, opts ...EventOpt) Opt {
	return component.On(event, h, opts...)
}

// HandlerFunc is what On and Element.On take: a Handler, or a func of its
// shape with or without the error result.
//
// Methods of component.HandlerFunc:
//
//   - Handler | func(*Element, *page.Msg) error | func(*Element, *page.Msg) (embedded)
//
// Full documentation: go doc github.com/justgo/justgo/component HandlerFunc.
type HandlerFunc = component.HandlerFunc

// EventOpt tunes how the browser sends an event.
type EventOpt = component.EventOpt

// Debounce sends an event only once the element has been quiet for d
// (JustPy's debounce=); an input's value still reaches the server at once.
func Debounce(d time.Duration) EventOpt { return component.Debounce(d) }

// Throttle sends an event at most once every d (JustPy's throttle=).
func Throttle(d time.Duration) EventOpt { return component.Throttle(d) }

// Immediate, with Debounce, sends the first event of a burst at once.
func Immediate() EventOpt { return component.Immediate() }

// Children adds children to the element.
func Children(cs ...Component) Opt { return component.Children(cs...) }

// In adds the element to a page or another element (JustPy's a=).
func In(parent Container) Opt { return component.In(parent) }

// FindByName returns the first element named name in c's subtree, or nil.
func FindByName(c Component, name string) *Element { return component.FindByName(c, name) }

// Animation plays an animate.css animation when the element changes
// (JustPy's animation=); see component.Animation.
func Animation(name string) Opt { return component.Animation(name) }

// Icon returns a Font Awesome icon by name (JustPy's Icon).
func Icon(name string, opts ...Opt) *Element { return component.Icon(name, opts...) }
