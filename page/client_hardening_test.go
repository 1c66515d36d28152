package page_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/upload"
)

// A click on a button the browser was last sent hidden, itself or through
// a parent, is refused and runs nothing; once a handler shows it again
// and that was sent, clicks work.
func TestClicksOnHiddenButtonsAreRefused(t *testing.T) {
	wp := page.NewWebPage()
	ran := map[string]int{}
	button := func(name string, parent page.Container, opts ...component.Opt) *component.Element {
		opts = append(opts, component.In(parent), component.On("click", func(*component.Element, *page.Msg) error {
			ran[name]++
			return nil
		}))
		return component.Button(opts...)
	}
	hidden := button("hidden", wp, component.Show(false))
	parent := component.Div(component.Show(false), component.In(wp))
	inner := button("inner", parent)
	later := component.Div(component.In(wp))
	hiddenLater := button("hidden later", later)
	toggle := component.Button(component.In(wp), component.On("click", func(*component.Element, *page.Msg) error {
		hidden.Show, parent.Show = true, true
		return nil
	}))
	rec := attach(t, wp)
	change(wp, rec, func() { later.Show = false })

	n := uint64(0)
	clickOn := func(b *component.Element) error {
		n++
		return wp.Handle(rec, "s1", "c", click(b.ID(), n))
	}
	for name, b := range map[string]*component.Element{"hidden": hidden, "inner": inner, "hidden later": hiddenLater} {
		if err := clickOn(b); !errors.Is(err, page.ErrHidden) || !page.IsRefusal(err) {
			t.Errorf("a click on the %s button: %v, want ErrHidden", name, err)
		}
		if ran[name] != 0 {
			t.Errorf("the %s button's handler ran", name)
		}
	}
	rec.take()
	if err := clickOn(toggle); err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf(`{"t":"patch","ack":%d,"v":3,"ops":[{"id":"%s","show":true},{"id":"%s","show":true}]}`, n, hidden.ID(), parent.ID())
	if msgs := rec.take(); len(msgs) != 1 || msgs[0] != want {
		t.Fatalf("showing them sent %q\nwant %s", msgs, want)
	}
	for name, b := range map[string]*component.Element{"hidden": hidden, "inner": inner} {
		if err := clickOn(b); err != nil || ran[name] != 1 {
			t.Errorf("a click on the %s button, shown again: %v (ran %d times)", name, err, ran[name])
		}
	}
}

// What a hand-made client reports for controls a person could not use so
// is refused: values for disabled or read-only inputs, options a select
// does not offer; a click on a read-only input still runs, and a submitted
// form keeps a disabled field's server value.
func TestValuesNoPersonCouldGiveAreRefused(t *testing.T) {
	wp := page.NewWebPage()
	disabled := component.Input(component.Attr("disabled", ""), component.Value("server"), component.In(wp))
	var clicked *page.Msg
	readonly := component.Input(component.Attr("readonly", ""), component.Value("fixed"), component.In(wp),
		component.On("click", func(_ *component.Element, msg *page.Msg) error { clicked = msg; return nil }))
	single := component.Select(component.Value("red"), component.In(wp))
	for _, v := range []string{"red", "green"} {
		component.Option(component.Value(v), component.Text(v), component.In(single))
	}
	multi := component.Select(component.Attr("multiple", ""), component.In(wp))
	var opts []*component.Element
	for _, v := range []string{"a", "b"} {
		opts = append(opts, component.Option(component.Value(v), component.Text(v), component.In(multi)))
	}
	opts[0].Checked = true
	form := component.Form(component.In(wp))
	fDisabled := component.Input(component.Name("d"), component.Attr("disabled", ""), component.Value("server"), component.In(form))
	fOpen := component.Input(component.Name("o"), component.In(form))
	var submitted *page.Msg
	form.On("submit", func(_ *component.Element, msg *page.Msg) error { submitted = msg; return nil })
	rec := attach(t, wp)

	n := uint64(0)
	send := func(m *wire.ClientMsg) error {
		n++
		m.N = n
		return wp.Handle(rec, "s1", "c", m)
	}
	value := func(id, v string) *wire.ClientMsg {
		return &wire.ClientMsg{Type: wire.TypeValue, ID: id, Value: str(v)}
	}
	cases := []struct {
		name string
		m    *wire.ClientMsg
		want error
	}{
		{"disabled input", value(disabled.ID(), "hacked"), page.ErrDisabled},
		{"read-only input", value(readonly.ID(), "hacked"), page.ErrReadOnly},
		{"select, an option it lacks", value(single.ID(), "purple"), page.ErrNotOffered},
		{"multiple select, one option it lacks", &wire.ClientMsg{Type: wire.TypeValue, ID: multi.ID(), Value: str("a"), Values: []string{"a", "zzz"}}, page.ErrNotOffered},
	}
	for _, c := range cases {
		if err := send(c.m); !errors.Is(err, c.want) || !page.IsRefusal(err) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if disabled.Value != "server" || readonly.Value != "fixed" || single.Value != "red" || !opts[0].Checked || opts[1].Checked {
		t.Errorf("a refused value was taken: %q %q %q, options %v %v", disabled.Value, readonly.Value, single.Value, opts[0].Checked, opts[1].Checked)
	}

	if err := send(value(single.ID(), "")); err != nil || single.Value != "" {
		t.Errorf("choosing nothing: %v, value %q", err, single.Value)
	}
	if err := send(value(single.ID(), "green")); err != nil || single.Value != "green" {
		t.Errorf("an offered option: %v, value %q", err, single.Value)
	}
	if err := send(&wire.ClientMsg{Type: wire.TypeValue, ID: multi.ID(), Value: str("b"), Values: []string{"b"}}); err != nil || opts[0].Checked || !opts[1].Checked {
		t.Errorf("offered options: %v, checked %v %v", err, opts[0].Checked, opts[1].Checked)
	}

	err := send(&wire.ClientMsg{Type: wire.TypeEvent, ID: readonly.ID(), Event: "click", Value: str("hacked")})
	if err != nil || clicked == nil {
		t.Fatalf("a click on a read-only input: %v, handler ran %v", err, clicked != nil)
	}
	if clicked.Value != "fixed" || readonly.Value != "fixed" {
		t.Errorf("the click took the value: msg %q, element %q", clicked.Value, readonly.Value)
	}

	err = send(&wire.ClientMsg{Type: wire.TypeEvent, ID: form.ID(), Event: "submit", Form: []wire.FormField{
		{ID: fDisabled.ID(), Tag: "input", Type: "text", Name: "d", Value: "hacked"},
		{ID: fOpen.ID(), Tag: "input", Type: "text", Name: "o", Value: "typed"},
	}})
	if err != nil || submitted == nil {
		t.Fatalf("submit: %v", err)
	}
	if got := submitted.FormData; len(got) != 2 || got[0].Value != "server" || got[1].Value != "typed" {
		t.Errorf("FormData %+v", got)
	}
	if fDisabled.Value != "server" || fOpen.Value != "typed" {
		t.Errorf("after the submit: disabled %q, open %q", fDisabled.Value, fOpen.Value)
	}
}

// HTML's readonly does not apply to checkboxes and radio buttons: a
// person still toggles a read-only one, and the browser sends its state as
// for any other, which the server must take.
func TestReadOnlyDoesNotStopACheckboxOrRadio(t *testing.T) {
	for _, typ := range []string{"checkbox", "radio"} {
		t.Run(typ, func(t *testing.T) {
			wp := page.NewWebPage()
			box := component.Input(component.Type(typ), component.Name("n"), component.Value("on"),
				component.Attr("readonly", ""), component.In(wp))
			rec := attach(t, wp)
			yes := true
			err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: box.ID(), Value: str("on"), Checked: &yes})
			if err != nil || !box.Checked {
				t.Errorf("a person checking a read-only %s: %v, checked %v", typ, err, box.Checked)
			}
		})
	}
}

// fragile is a custom component whose React cannot show one value.
type fragile struct {
	*component.Element
	wp *page.WebPage
}

func (f *fragile) React() {
	v, _ := f.wp.Data["text"].(string)
	if v == "boom" {
		panic("fragile cannot show boom")
	}
	f.Text = "shows " + v
}

// A React that panics on what a person typed does not take the process
// down: the browsers are told, and this page and others keep working.
func TestAPanickingReactOnATypedValueIsReported(t *testing.T) {
	wp := page.NewWebPage()
	wp.Data = page.Data{"text": ""}
	f := &fragile{wp: wp}
	f.Element = component.Make(f, "div", component.In(wp))
	in := component.Input(component.Model(wp, "text"), component.In(wp))
	b := component.Button(component.In(wp), component.On("click", func(self *component.Element, _ *page.Msg) error {
		self.Text = "clicked"
		return nil
	}))
	rec := attach(t, wp)
	const errMsg = `{"t":"error","text":"Something went wrong. The error has been logged."}`

	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: in.ID(), Value: str("boom")}); err != nil {
		t.Logf("the value's Handle returned %v", err)
	}
	if msgs := rec.take(); len(msgs) != 1 || msgs[0] != errMsg {
		t.Errorf("after the panic the browser got %q, want %s", msgs, errMsg)
	}

	other := page.NewWebPage()
	ob := component.Button(component.In(other), component.On("click", func(self *component.Element, _ *page.Msg) error {
		self.Text = "fine"
		return nil
	}))
	orec := attach(t, other)
	if err := other.Handle(orec, "s1", "c", click(ob.ID(), 1)); err != nil {
		t.Fatal(err)
	}
	if msgs := orec.take(); len(msgs) != 1 || msgs[0] != `{"t":"patch","ack":1,"v":2,"ops":[{"id":"`+ob.ID()+`","text":"fine"}]}` {
		t.Errorf("another page's click sent %q", msgs)
	}

	if err := wp.Handle(rec, "s1", "c", click(b.ID(), 2)); err != nil {
		t.Fatalf("the same page's next click: %v", err)
	}
	msgs := rec.take()
	want := `{"t":"patch","ack":2,"v":2,"ops":[{"id":"` + b.ID() + `","text":"clicked"}]}`
	found := false
	for _, m := range msgs {
		found = found || m == want
	}
	if !found {
		t.Errorf("the same page's next click sent %q, want %s among them", msgs, want)
	}
}

// A registry with MaxPages drops the page gone longest without a browser
// to serve another, and refuses one more when a browser shows them all.
func TestMaxPagesDropsTheLongestUnshownPage(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.MaxPages = 3
	defer reg.Close()
	ps := make([]*page.WebPage, 7)
	for i := range ps {
		ps[i] = page.NewWebPage()
	}
	serve := func(i int) error { return reg.Serve(ps[i], "s") }
	for i := range 3 {
		if err := serve(i); err != nil {
			t.Fatal(err)
		}
	}
	ctx0 := ps[0].Context()
	if err := serve(3); err != nil {
		t.Fatalf("a 4th page: %v", err)
	}
	select {
	case <-ctx0.Done():
	default:
		t.Error("the oldest unshown page's context was not cancelled")
	}
	if reg.Len() != 3 || !ps[0].Expired() {
		t.Errorf("Len %d, oldest dropped %v", reg.Len(), ps[0].Expired())
	}

	// Page 1 is shown and left again: now page 2 has gone longest unshown.
	rec := &lockedRec{}
	if _, err := reg.Attach(ps[1].ID(), "s", "", rec, 0); err != nil {
		t.Fatal(err)
	}
	ps[1].Settle()
	reg.Detach(ps[1], rec)
	if err := serve(4); err != nil {
		t.Fatal(err)
	}
	if !ps[2].Expired() || ps[1].Expired() || reg.Len() != 3 {
		t.Errorf("dropped: page 1 %v, page 2 %v (want page 2); Len %d", ps[1].Expired(), ps[2].Expired(), reg.Len())
	}

	conns := map[int]*lockedRec{}
	for _, i := range []int{1, 3, 4} {
		conns[i] = &lockedRec{}
		if _, err := reg.Attach(ps[i].ID(), "s", "", conns[i], 0); err != nil {
			t.Fatal(err)
		}
		ps[i].Settle()
	}
	if err := serve(5); !errors.Is(err, page.ErrTooManyPages) {
		t.Errorf("a 4th page while all 3 are shown: %v, want ErrTooManyPages", err)
	}
	if _, err := reg.Lookup(ps[5].ID(), "s"); err == nil || reg.Len() != 3 {
		t.Errorf("the refused page is registered (Len %d)", reg.Len())
	}
	for _, i := range []int{1, 3, 4} {
		if ps[i].Expired() || conns[i].closedCode() != 0 {
			t.Errorf("shown page %d was dropped", i)
		}
	}
	reg.Detach(ps[3], conns[3])
	if err := serve(6); err != nil || !ps[3].Expired() {
		t.Errorf("once one left: %v, it was dropped %v", err, ps[3].Expired())
	}
}

// NewPageTimeout drops a page no browser ever attached to, while a page a
// browser attached to and left keeps the longer timeout.
func TestNewPageTimeoutDropsNeverAttachedPagesFirst(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.NewPageTimeout = 20 * time.Millisecond
	defer reg.Close()
	left, never := page.NewWebPage(), page.NewWebPage()
	reg.Serve(left, "s")
	rec := &lockedRec{}
	if _, err := reg.Attach(left.ID(), "s", "", rec, 0); err != nil {
		t.Fatal(err)
	}
	left.Settle()
	reg.Detach(left, rec)
	reg.Serve(never, "s")
	deadline := time.Now().Add(5 * time.Second)
	for !never.Expired() {
		if time.Now().After(deadline) {
			t.Fatal("the never-attached page was not dropped")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(50 * time.Millisecond) // past the short timeout for the other too
	if _, err := reg.Lookup(left.ID(), "s"); err != nil || left.Expired() || reg.Len() != 1 {
		t.Errorf("the page a browser left: %v, expired %v, Len %d", err, left.Expired(), reg.Len())
	}
}

// MaxTabsPerPage refuses one tab more while the others are connected, and
// admits it once one left.
func TestMaxTabsPerPageRefusesATabWhileTheOthersAreThere(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.MaxTabsPerPage = 2
	defer reg.Close()
	wp := page.NewWebPage()
	reg.Serve(wp, "s")
	t1, t2, t3 := &lockedRec{}, &lockedRec{}, &lockedRec{}
	for tab, c := range map[string]*lockedRec{"t1": t1, "t2": t2} {
		if _, err := reg.Attach(wp.ID(), "s", tab, c, 0); err != nil {
			t.Fatal(err)
		}
	}
	wp.Settle()
	if _, err := reg.Attach(wp.ID(), "s", "t3", t3, 0); !errors.Is(err, page.ErrTooManyTabs) {
		t.Errorf("a third tab: %v, want ErrTooManyTabs", err)
	}
	again := &lockedRec{}
	if _, err := reg.Attach(wp.ID(), "s", "t2", again, 0); err != nil {
		t.Errorf("a known tab's second connection: %v", err)
	}
	wp.Settle()
	reg.Detach(wp, t1)
	if _, err := reg.Attach(wp.ID(), "s", "t3", t3, 0); err != nil {
		t.Errorf("a third tab once one left: %v", err)
	}
	wp.Settle()
}

// Tab ids are what the client makes: at most 64 letters, digits, - and _.
func TestBadTabIDsAreRefused(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	reg.Serve(wp, "s")
	cases := []struct {
		tab string
		ok  bool
	}{
		{"", true},
		{"aZ09-_", true},
		{strings.Repeat("x", 64), true},
		{strings.Repeat("x", 65), false},
		{"a b", false},
		{"tab/1", false},
		{"tab.1", false},
		{"tab\x00", false},
		{"täb", false},
		{"<script>", false},
	}
	for _, c := range cases {
		rec := &lockedRec{}
		_, err := reg.Attach(wp.ID(), "s", c.tab, rec, 0)
		wp.Settle()
		if c.ok && err != nil || !c.ok && !errors.Is(err, page.ErrBadTab) {
			t.Errorf("tab %q: %v", c.tab, err)
		}
		if err == nil {
			reg.Detach(wp, rec)
		}
	}
}

// On a page served to two sessions, the same tab id from each is two
// tabs: a message number one handled does not make the other's a repeat.
func TestSameTabIDFromTwoSessionsIsTwoTabs(t *testing.T) {
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	wp := page.NewWebPage()
	clicks := map[string]int{}
	b := component.Button(component.In(wp), component.On("click", func(_ *component.Element, msg *page.Msg) error {
		clicks[msg.SessionID]++
		return nil
	}))
	reg.Serve(wp, "alice")
	reg.Serve(wp, "bob")
	v, _ := wp.Render(&strings.Builder{})
	ca, cb := &lockedRec{}, &lockedRec{}
	if _, err := reg.Attach(wp.ID(), "alice", "tab-1", ca, v); err != nil {
		t.Fatal(err)
	}
	if _, err := reg.Attach(wp.ID(), "bob", "tab-1", cb, v); err != nil {
		t.Fatal(err)
	}
	wp.Settle()
	for _, n := range []uint64{1, 2} {
		wp.Handle(ca, "alice", "ca", click(b.ID(), n))
		wp.Handle(cb, "bob", "cb", click(b.ID(), n))
	}
	if clicks["alice"] != 2 || clicks["bob"] != 2 {
		t.Errorf("clicks handled: %v, want 2 each", clicks)
	}
}

// MaxPagesPerSession counts the pages served for one owner (ServeFor), in
// whatever sessions: the owner's oldest goes, other owners keep theirs.
func TestMaxPagesPerSessionCountsPerOwner(t *testing.T) {
	reg := page.NewRegistry(time10m)
	reg.MaxPagesPerSession = 2
	defer reg.Close()
	other := page.NewWebPage()
	reg.ServeFor(other, "s0", "10.0.0.2")
	ps := []*page.WebPage{page.NewWebPage(), page.NewWebPage(), page.NewWebPage()}
	for i, wp := range ps {
		if err := reg.ServeFor(wp, fmt.Sprint("s", i+1), "10.0.0.1"); err != nil {
			t.Fatal(err)
		}
	}
	if !ps[0].Expired() || ps[1].Expired() || ps[2].Expired() {
		t.Errorf("dropped: %v %v %v, want only the first", ps[0].Expired(), ps[1].Expired(), ps[2].Expired())
	}
	if other.Expired() || reg.Len() != 3 {
		t.Errorf("another owner's page dropped %v; Len %d", other.Expired(), reg.Len())
	}
	more := page.NewWebPage()
	reg.ServeFor(more, "s0", "10.0.0.2")
	if other.Expired() || more.Expired() || reg.Len() != 4 {
		t.Errorf("the other owner's two pages: %v %v; Len %d", other.Expired(), more.Expired(), reg.Len())
	}
}

// A Keep page is never dropped by the registry's timeouts, shown or not.
func TestKeepPagesNeverExpire(t *testing.T) {
	reg := page.NewRegistry(20 * time.Millisecond)
	reg.NewPageTimeout = 10 * time.Millisecond
	defer reg.Close()
	kept, shown, control := page.NewWebPage(), page.NewWebPage(), page.NewWebPage()
	kept.Keep, shown.Keep = true, true
	for _, wp := range []*page.WebPage{kept, shown, control} {
		reg.Serve(wp, "s")
	}
	rec := &lockedRec{}
	if _, err := reg.Attach(shown.ID(), "s", "", rec, 0); err != nil {
		t.Fatal(err)
	}
	shown.Settle()
	reg.Detach(shown, rec)
	deadline := time.Now().Add(5 * time.Second)
	for !control.Expired() {
		if time.Now().After(deadline) {
			t.Fatal("the page without Keep never expired")
		}
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	for name, wp := range map[string]*page.WebPage{"never shown": kept, "shown and left": shown} {
		if _, err := reg.Lookup(wp.ID(), "s"); err != nil || wp.Expired() {
			t.Errorf("the Keep page %s: %v", name, err)
		}
	}
}

// SessionBytes caps one session's uploads on disk; another session's
// upload of the same size still goes through.
func TestSessionUploadQuota(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	q := &upload.Quota{SessionBytes: 150}
	limits := upload.Limits{FileBytes: 100, TotalBytes: 1000, Quota: q}
	wp := page.NewWebPage()
	reg := page.NewRegistry(time10m)
	defer reg.Close()
	reg.Serve(wp, "s")
	a, b := "quota-a-"+t.Name(), "quota-b-"+t.Name()
	send := func(session string) error {
		mr, _ := multipartBody(t, "f.txt", strings.Repeat("x", 90))
		_, err := wp.Upload(mr, limits, session)
		return err
	}
	if err := send(a); err != nil {
		t.Fatal(err)
	}
	if err := send(a); !errors.Is(err, upload.ErrFull) {
		t.Errorf("over the session's quota: %v, want ErrUploadsFull", err)
	}
	if err := send(b); err != nil {
		t.Errorf("another session's upload: %v", err)
	}
	if got := q.Held(); got != 180 {
		t.Errorf("%d bytes counted, want the 180 waiting", got)
	}
}

// An upload no submit claims is removed after its Lifetime, and a submit
// naming it afterwards gets an error for that file.
func TestUnclaimedUploadsExpireAfterTheirLifetime(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	q := &upload.Quota{}
	wp := page.NewWebPage()
	form := component.Form(component.In(wp))
	var files []*page.File
	form.On("submit", func(_ *component.Element, msg *page.Msg) error { files = msg.FormData[0].Files; return nil })
	rec := attach(t, wp)
	mr, _ := multipartBody(t, "late.txt", "hello")
	infos, err := wp.Upload(mr, upload.Limits{FileBytes: 100, TotalBytes: 1000, Lifetime: 30 * time.Millisecond, Quota: q}, "s")
	if err != nil {
		t.Fatal(err)
	}
	if got := q.Held(); got != 5 {
		t.Fatalf("%d bytes counted", got)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		entries, _ := os.ReadDir(dir)
		if q.Held() == 0 && len(entries) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after its lifetime: %d bytes counted, %d files", q.Held(), len(entries))
		}
		time.Sleep(5 * time.Millisecond)
	}
	err = wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: form.ID(), Event: "submit",
		Form: []wire.FormField{{Tag: "input", Type: "file", Files: infos}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 || files[0].Err == nil || !strings.Contains(files[0].Err.Error(), "upload not found") {
		t.Errorf("the submit's file: %+v", files)
	}
}

// A disabled fieldset disables the controls it holds, but for those in its
// first legend, as in the browser; a disabled option cannot be chosen, and
// attribute names count in any case.
func TestDisabledFieldsetsAndOptions(t *testing.T) {
	wp := page.NewWebPage()
	set := component.Fieldset(component.Attr("disabled", ""), component.In(wp))
	legend := component.Legend(component.In(set))
	inLegend := component.Input(component.In(legend))
	inside := component.Input(component.In(set))
	upper := component.Input(component.Attr("DISABLED", ""), component.In(wp))
	sel := component.Select(component.In(wp))
	component.Option(component.Value("ok"), component.In(sel))
	component.Option(component.Value("off"), component.Attr("disabled", ""), component.In(sel))
	rec := attach(t, wp)
	n := uint64(0)
	value := func(el *component.Element, v string) error {
		n++
		return wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: n, Type: wire.TypeValue, ID: el.ID(), Value: str(v)})
	}
	for name, c := range map[string]struct {
		el   *component.Element
		v    string
		want error
	}{
		"in a disabled fieldset": {inside, "x", page.ErrDisabled},
		"in its first legend":    {inLegend, "x", nil},
		"DISABLED":               {upper, "x", page.ErrDisabled},
		"a disabled option":      {sel, "off", page.ErrNotOffered},
		"an enabled option":      {sel, "ok", nil},
	} {
		if err := value(c.el, c.v); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	wp.DoWait(func() { delete(set.Attrs, "disabled") })
	if err := value(inside, "y"); err != nil || inside.Value != "y" {
		t.Errorf("once the fieldset is enabled: %v, value %q", err, inside.Value)
	}
}
