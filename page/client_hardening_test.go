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
		return wp.Handle(rec, "s1", "c", click(b.Ref(), n))
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
	want := fmt.Sprintf(`{"t":"patch","ack":%d,"v":3,"ops":[{"id":"%s","show":true},{"id":"%s","show":true}]}`, n, hidden.Ref(), parent.Ref())
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
		{"disabled input", value(disabled.Ref(), "hacked"), page.ErrDisabled},
		{"read-only input", value(readonly.Ref(), "hacked"), page.ErrReadOnly},
		{"select, an option it lacks", value(single.Ref(), "purple"), page.ErrNotOffered},
		{"multiple select, one option it lacks", &wire.ClientMsg{Type: wire.TypeValue, ID: multi.Ref(), Value: str("a"), Values: []string{"a", "zzz"}}, page.ErrNotOffered},
	}
	for _, c := range cases {
		if err := send(c.m); !errors.Is(err, c.want) || !page.IsRefusal(err) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if disabled.Value != "server" || readonly.Value != "fixed" || single.Value != "red" || !opts[0].Checked || opts[1].Checked {
		t.Errorf("a refused value was taken: %q %q %q, options %v %v", disabled.Value, readonly.Value, single.Value, opts[0].Checked, opts[1].Checked)
	}

	if err := send(value(single.Ref(), "")); err != nil || single.Value != "" {
		t.Errorf("choosing nothing: %v, value %q", err, single.Value)
	}
	if err := send(value(single.Ref(), "green")); err != nil || single.Value != "green" {
		t.Errorf("an offered option: %v, value %q", err, single.Value)
	}
	if err := send(&wire.ClientMsg{Type: wire.TypeValue, ID: multi.Ref(), Value: str("b"), Values: []string{"b"}}); err != nil || opts[0].Checked || !opts[1].Checked {
		t.Errorf("offered options: %v, checked %v %v", err, opts[0].Checked, opts[1].Checked)
	}

	err := send(&wire.ClientMsg{Type: wire.TypeEvent, ID: readonly.Ref(), Event: "click", Value: str("hacked")})
	if err != nil || clicked == nil {
		t.Fatalf("a click on a read-only input: %v, handler ran %v", err, clicked != nil)
	}
	if clicked.Value != "fixed" || readonly.Value != "fixed" {
		t.Errorf("the click took the value: msg %q, element %q", clicked.Value, readonly.Value)
	}

	err = send(&wire.ClientMsg{Type: wire.TypeEvent, ID: form.Ref(), Event: "submit", Form: []wire.FormField{
		{ID: fDisabled.Ref(), Tag: "input", Type: "text", Name: "d", Value: "hacked"},
		{ID: fOpen.Ref(), Tag: "input", Type: "text", Name: "o", Value: "typed"},
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
			err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: box.Ref(), Value: str("on"), Checked: &yes})
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
	v, _ := f.wp.State["text"].(string)
	if v == "boom" {
		panic("fragile cannot show boom")
	}
	f.Text = "shows " + v
}

// A React that panics on what a person typed does not take the process
// down: the browsers are told, and this page and others keep working.
func TestAPanickingReactOnATypedValueIsReported(t *testing.T) {
	wp := page.NewWebPage()
	wp.State = page.State{"text": ""}
	f := &fragile{wp: wp}
	f.Element = component.Make(f, "div", component.In(wp))
	in := component.Input(component.Model(wp, "text"), component.In(wp))
	b := component.Button(component.In(wp), component.On("click", func(self *component.Element, _ *page.Msg) error {
		self.Text = "clicked"
		return nil
	}))
	rec := attach(t, wp)
	const errMsg = `{"t":"error","text":"Something went wrong. The error has been logged."}`

	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeValue, ID: in.Ref(), Value: str("boom")}); err != nil {
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
	if err := other.Handle(orec, "s1", "c", click(ob.Ref(), 1)); err != nil {
		t.Fatal(err)
	}
	if msgs := orec.take(); len(msgs) != 1 || msgs[0] != `{"t":"patch","ack":1,"v":2,"ops":[{"id":"`+ob.Ref()+`","text":"fine"}]}` {
		t.Errorf("another page's click sent %q", msgs)
	}

	if err := wp.Handle(rec, "s1", "c", click(b.Ref(), 2)); err != nil {
		t.Fatalf("the same page's next click: %v", err)
	}
	msgs := rec.take()
	want := `{"t":"patch","ack":2,"v":2,"ops":[{"id":"` + b.Ref() + `","text":"clicked"}]}`
	found := false
	for _, m := range msgs {
		found = found || m == want
	}
	if !found {
		t.Errorf("the same page's next click sent %q, want %s among them", msgs, want)
	}
}

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
	err = wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: form.Ref(), Event: "submit",
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
		return wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: n, Type: wire.TypeValue, ID: el.Ref(), Value: str(v)})
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
