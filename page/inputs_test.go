package page_test

import (
	"bytes"
	"errors"
	"mime/multipart"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/justgo/justgo/component"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
	"github.com/justgo/justgo/upload"
)

func click(id string, n uint64) *wire.ClientMsg {
	return &wire.ClientMsg{N: n, Type: wire.TypeEvent, ID: id, Event: "click"}
}

func TestNumberConversion(t *testing.T) {
	wp := page.NewWebPage()
	var got *page.Msg
	in := component.Input(component.Type("number"), component.In(wp),
		component.On("input", func(_ *component.Element, msg *page.Msg) error { got = msg; return nil }))
	rec := attach(t, wp)
	cases := []struct {
		value, invalid string
		num            float64
		wantInvalid    string
	}{
		{"42", "", 42, ""},
		{"-1.5e3", "", -1500, ""},
		{"", "", 0, ""},
		{"", "Please enter a number.", 0, "Please enter a number."},                // the browser's badInput
		{"2.5", "Please enter a valid value.", 2.5, "Please enter a valid value."}, // a step mismatch
		{"abc", "", 0, `"abc" is not a number`},                                    // sent by no browser: still no crash
		{"1e999", "", 0, `"1e999" is not a number`},
	}
	for i, c := range cases {
		m := &wire.ClientMsg{N: uint64(i + 1), Type: wire.TypeEvent, ID: in.Ref(), Event: "input", Value: str(c.value), Invalid: c.invalid}
		if err := wp.Handle(rec, "s1", "c", m); err != nil {
			t.Fatal(err)
		}
		if got.Number != c.num || got.Invalid != c.wantInvalid || got.Value != c.value {
			t.Errorf("%q: Number %v Invalid %q", c.value, got.Number, got.Invalid)
		}
	}
	in.Value = "7.25"
	if n, err := in.Number(); n != 7.25 || err != nil {
		t.Errorf("Number() %v %v", n, err)
	}
	for _, v := range []string{"seven", "NaN", "Inf", "1e999", ""} {
		in.Value = v
		if n, err := in.Number(); err == nil {
			t.Errorf("Number() took %q as %v", v, n)
		}
	}
}

func TestSelectMultiple(t *testing.T) {
	wp := page.NewWebPage()
	sel := component.Select(component.Attr("multiple", ""), component.In(wp))
	var opts []*component.Element
	for _, c := range []string{"red", "green", "blue"} {
		o := component.Option(component.Value(c), component.Text(c), component.In(sel))
		opts = append(opts, o)
	}
	opts[2].Checked = true
	var b strings.Builder
	wp.Render(&b)
	if !strings.Contains(b.String(), `value="blue" selected`) || strings.Contains(b.String(), `value="red" selected`) {
		t.Fatalf("first render: %s", b.String())
	}
	rec := attach(t, wp)
	var got []string
	sel.On("change", func(_ *component.Element, msg *page.Msg) error { got = msg.Values; return nil })
	wp.DoWait(func() {})
	rec.take()
	m := &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: sel.Ref(), Event: "change", Value: str("red"), Values: []string{"red", "green"}}
	if err := wp.Handle(rec, "s1", "c", m); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, ",") != "red,green" || !opts[0].Checked || !opts[1].Checked || opts[2].Checked || sel.Value != "red" {
		t.Errorf("values %v, options %v %v %v", got, opts[0].Checked, opts[1].Checked, opts[2].Checked)
	}
	if msgs := rec.take(); len(msgs) != 0 {
		t.Errorf("what the browser chose was sent back: %q", msgs)
	}
	if msgs := change(wp, rec, func() { opts[0].Checked = false }); len(msgs) != 1 || !strings.Contains(msgs[0], `"checked":false`) {
		t.Errorf("a handler's choice: %q", msgs)
	}
}

func TestSingleSelectRendersItsValue(t *testing.T) {
	wp := page.NewWebPage()
	sel := component.Select(component.Value("green"), component.In(wp))
	for _, c := range []string{"red", "green"} {
		component.Option(component.Value(c), component.Text(c), component.In(sel))
	}
	var b strings.Builder
	wp.Render(&b)
	if !strings.Contains(b.String(), `value="green" selected>green`) || strings.Contains(b.String(), `value="red" selected`) {
		t.Errorf("render: %s", b.String())
	}
}

func TestInputChangeOnly(t *testing.T) {
	in := component.InputChangeOnly()
	if got := strings.Join(in.Events(), " "); got != "change:lazy" {
		t.Errorf("bare: %q", got)
	}
	h := func(*component.Element, *page.Msg) error { return nil }
	in.On("input", h)
	in.On("change", h, component.Debounce(300e6))
	in.On("keydown", h)
	if got := strings.Join(in.Events(), " "); got != "change:debounce=300:lazy keydown" {
		t.Errorf("with handlers: %q", got)
	}
	wp := page.NewWebPage()
	wp.Add(in)
	rec := attach(t, wp)
	if err := wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: in.Ref(), Event: "input", Value: str("x")}); !errors.Is(err, page.ErrNotListening) {
		t.Errorf("an input event was taken: %v", err)
	}
}

// multipartBody builds an upload of the named files with their contents.
func multipartBody(t *testing.T, files ...string) (*multipart.Reader, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	w.WriteField("note", "not a file")
	for i := 0; i < len(files); i += 2 {
		part, _ := w.CreateFormFile("file", files[i])
		part.Write([]byte(files[i+1]))
	}
	w.Close()
	return multipart.NewReader(bytes.NewReader(buf.Bytes()), w.Boundary()), &buf
}

func TestUploadThenSubmit(t *testing.T) {
	wp := page.NewWebPage()
	form := component.Form(component.In(wp))
	fileIn := component.Input(component.Type("file"), component.In(form))
	name := component.Input(component.Placeholder("Name"), component.In(form))
	var got *page.Msg
	var content []byte
	var kept string
	form.On("submit", func(_ *component.Element, msg *page.Msg) error {
		got = msg
		for _, f := range msg.FormData[0].Files {
			if f.Err == nil && f.Name == "a.txt" {
				content, _ = f.Content()
			}
			if f.Err == nil && f.Name == "b.txt" {
				kept = filepath.Join(t.TempDir(), "b.txt")
				if err := f.SaveAs(kept); err != nil {
					t.Error(err)
				}
			}
		}
		return nil
	})
	rec := attach(t, wp)
	mr, _ := multipartBody(t, "a.txt", "hello", "../../b.txt", "second file", "big.bin", strings.Repeat("x", 200))
	infos, err := wp.Upload(mr, upload.Limits{FileBytes: 100, TotalBytes: 1000}, "s")
	if err != nil {
		t.Fatal(err)
	}
	if len(infos) != 3 || infos[0].Ref == "" || infos[0].Size != 5 || infos[1].Name != "b.txt" ||
		infos[2].Ref != "" || infos[2].Error != "big.bin is larger than the 100 bytes limit for one file" {
		t.Fatalf("infos %+v", infos)
	}
	infos[0].LastModified = 1700000000000
	m := &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: form.Ref(), Event: "submit", Form: []wire.FormField{
		{ID: fileIn.Ref(), Tag: "input", Type: "file", Value: `C:\fakepath\a.txt`, Files: infos},
		{ID: name.Ref(), Tag: "input", Type: "text", Placeholder: "Name", Value: "Ann"},
	}}
	if err := wp.Handle(rec, "s1", "c", m); err != nil {
		t.Fatal(err)
	}
	if string(content) != "hello" || got.FormData[1].Value != "Ann" || name.Value != "Ann" || fileIn.Value != "" {
		t.Errorf("content %q, form %+v", content, got.FormData)
	}
	if f := got.FormData[0].Files[0]; f.LastModified.UnixMilli() != 1700000000000 || f.Type == "" {
		t.Errorf("file %+v", f)
	}
	if got.UploadError == nil || !strings.Contains(got.UploadError.Error(), "big.bin is larger") {
		t.Errorf("UploadError %v", got.UploadError)
	}
	if b, err := os.ReadFile(kept); err != nil || string(b) != "second file" {
		t.Errorf("saved %q %v", b, err)
	}
	// The temporary content is gone once the handler returns, and a ref
	// serves one submit only.
	if _, err := got.FormData[0].Files[0].Content(); err == nil {
		t.Error("the upload outlived its handler")
	}
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 2, Type: wire.TypeEvent, ID: form.Ref(), Event: "submit", Form: m.Form})
	if f := got.FormData[0].Files[0]; f.Err == nil || !strings.Contains(f.Err.Error(), "upload not found") {
		t.Errorf("a ref used twice: %v", f.Err)
	}
}

func TestUploadsGoWithThePage(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	q := &upload.Quota{}
	wp := page.NewWebPage()
	reg := page.NewRegistry(time10m)
	reg.Serve(wp, "s1")
	mr, _ := multipartBody(t, "a.txt", "hello")
	if _, err := wp.Upload(mr, upload.Limits{FileBytes: 100, TotalBytes: 1000, Quota: q}, "s"); err != nil {
		t.Fatal(err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 1 {
		t.Fatalf("%d files waiting", len(files))
	}
	reg.Close()
	if files, _ := os.ReadDir(dir); len(files) != 0 || q.Held() != 0 {
		t.Errorf("%d files left after the page went, %d bytes counted", len(files), q.Held())
	}
	mr, _ = multipartBody(t, "a.txt", "hello")
	if _, err := wp.Upload(mr, upload.Limits{FileBytes: 100, TotalBytes: 1000}, "s"); !errors.Is(err, page.ErrUnknownPage) {
		t.Errorf("an upload to a page that is gone: %v", err)
	}
}

func TestAHandlerCheckingARadioUnchecksItsGroup(t *testing.T) {
	wp := page.NewWebPage()
	radio := func(name, value string, parent page.Container) *component.Element {
		return component.Input(component.Type("radio"), component.Name(name), component.Value(value), component.In(parent))
	}
	form := component.Form(component.In(wp))
	a, b, c := radio("size", "s", form), radio("size", "m", form), radio("size", "l", form)
	other := radio("size", "x", wp) // same name, outside the form: another group
	color := radio("color", "red", form)
	a.Checked, other.Checked, color.Checked = true, true, true
	rec := attach(t, wp)
	change(wp, rec, func() { b.Checked = true })
	if a.Checked || !b.Checked || c.Checked || !other.Checked || !color.Checked {
		t.Errorf("after checking m: s %v m %v l %v, outside %v, color %v", a.Checked, b.Checked, c.Checked, other.Checked, color.Checked)
	}
	change(wp, rec, func() { a.Checked, c.Checked = true, true })
	if a.Checked || b.Checked || !c.Checked {
		t.Errorf("two checked at once: s %v m %v l %v (the last should stay)", a.Checked, b.Checked, c.Checked)
	}
	// A radio button added checked unchecks its group too.
	change(wp, rec, func() { d := radio("size", "xl", form); d.Checked = true })
	if c.Checked {
		t.Error("a new checked button left l checked")
	}
}

func TestUploadsOnDiskHaveAQuota(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	q := &upload.Quota{DiskBytes: 150}
	limits := upload.Limits{FileBytes: 100, TotalBytes: 1000, Quota: q}
	wp := page.NewWebPage()
	form := component.Form(component.In(wp))
	var saw []string
	form.On("submit", func(_ *component.Element, msg *page.Msg) error {
		for _, f := range msg.FormData[0].Files {
			b, _ := f.Content()
			saw = append(saw, string(b))
		}
		return nil
	})
	rec := attach(t, wp)
	send := func(content string) ([]wire.FileInfo, error) {
		mr, _ := multipartBody(t, "f.txt", content)
		return wp.Upload(mr, limits, "s")
	}
	first, err := send(strings.Repeat("a", 90))
	if err != nil {
		t.Fatal(err)
	}
	// 90 bytes wait; 90 more would make 180, over the 150 on disk.
	if _, err := send(strings.Repeat("b", 90)); !errors.Is(err, upload.ErrFull) {
		t.Fatalf("over the quota: %v", err)
	}
	// Once the first upload's handler took it, there is room again.
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: form.Ref(), Event: "submit",
		Form: []wire.FormField{{Tag: "input", Type: "file", Files: first}}})
	if len(saw) != 1 || len(saw[0]) != 90 {
		t.Fatalf("the handler saw %q", saw)
	}
	if _, err := send(strings.Repeat("c", 90)); err != nil {
		t.Errorf("after the handler: %v", err)
	}
	// A file cut off by the quota while it arrives counts nothing after.
	if _, err := send(strings.Repeat("d", 99)); !errors.Is(err, upload.ErrFull) {
		t.Errorf("cut off: %v", err)
	}
	if got := q.Held(); got != 90 {
		t.Errorf("%d bytes counted, want the 90 waiting", got)
	}
}

func TestTwoCheckedRadiosAtFirstRender(t *testing.T) {
	wp := page.NewWebPage()
	a := component.Input(component.Type("radio"), component.Name("g"), component.Checked(true), component.In(wp))
	b := component.Input(component.Type("radio"), component.Name("g"), component.Checked(true), component.In(wp))
	var html strings.Builder
	wp.Render(&html)
	if a.Checked || !b.Checked || strings.Count(html.String(), " checked") != 1 {
		t.Errorf("a %v b %v: %s", a.Checked, b.Checked, html.String())
	}
}

func TestAnUploadOfTooManyFiles(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	wp := page.NewWebPage()
	var named []string
	for range upload.MaxFiles + 1 {
		named = append(named, "empty.txt", "")
	}
	mr, _ := multipartBody(t, named...)
	if _, err := wp.Upload(mr, upload.Limits{FileBytes: 100, TotalBytes: 1000}, "s"); !errors.Is(err, upload.ErrTooManyFiles) {
		t.Errorf("err %v", err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 {
		t.Errorf("%d temporary files left", len(files))
	}
}

func TestChangeOnlyReadsTheMarker(t *testing.T) {
	for entries, want := range map[string]bool{
		"change:lazy":                    true,
		"change:debounce=300:lazy keyup": true,
		"change":                         false,
		"input:lazy":                     false,
		"click change:debounce=300":      false,
	} {
		if got := page.ChangeOnly(strings.Fields(entries)); got != want {
			t.Errorf("%q: %v", entries, got)
		}
	}
}

func TestUnclaimedUploadsMakeRoom(t *testing.T) {
	t.Setenv("TMPDIR", t.TempDir())
	wp := page.NewWebPage()
	form := component.Form(component.In(wp))
	var files []*page.File
	form.On("submit", func(_ *component.Element, msg *page.Msg) error { files = msg.FormData[0].Files; return nil })
	rec := attach(t, wp)
	var refs [][]wire.FileInfo
	for _, c := range "abc" {
		mr, _ := multipartBody(t, string(c)+".txt", strings.Repeat(string(c), 90))
		infos, err := wp.Upload(mr, upload.Limits{FileBytes: 100, TotalBytes: 100}, "s")
		if err != nil {
			t.Fatal(err)
		}
		refs = append(refs, infos)
	}
	wp.Handle(rec, "s1", "c", &wire.ClientMsg{N: 1, Type: wire.TypeEvent, ID: form.Ref(), Event: "submit",
		Form: []wire.FormField{{Tag: "input", Type: "file", Files: append(append(refs[0], refs[1]...), refs[2]...)}}})
	if len(files) != 3 || files[0].Err == nil || files[1].Err != nil || files[2].Err != nil {
		t.Errorf("the oldest should be gone, the others there: %v %v %v", files[0].Err, files[1].Err, files[2].Err)
	}
}
