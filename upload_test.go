package jp_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"runtime"
	"strings"
	"testing"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
)

// uploadApp has a form with a file input; its submit shows each file's
// name and content, or its error.
func uploadApp(t *testing.T) *loaded {
	t.Helper()
	cfg := jp.DefaultConfig()
	cfg.MaxUploadFileBytes, cfg.MaxUploadBytes = 1000, 3000
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		out := jp.Div(jp.Text("nothing yet"), jp.In(wp))
		f := jp.Form(jp.In(wp))
		jp.Input(jp.Type("file"), jp.Name("pics"), jp.In(f))
		jp.Button(jp.Text("count"), jp.In(wp), jp.On("click", func(self *jp.Element, _ *jp.Msg) error {
			self.Text += "+"
			return nil
		}))
		f.On("submit", func(_ *jp.Element, msg *jp.Msg) error {
			var parts []string
			for _, file := range msg.FormData[0].Files {
				if file.Err != nil {
					parts = append(parts, "error: "+file.Err.Error())
					continue
				}
				b, err := file.Content()
				if err != nil {
					return err
				}
				parts = append(parts, file.Name+"="+string(b))
			}
			out.Text = strings.Join(parts, "; ")
			return nil
		})
		return wp
	})
	return newBrowser(t, serve(t, app)).load("/")
}

// postUpload sends body as an upload to the page and decodes the answer.
func (l *loaded) postUpload(pageID, contentType string, body io.Reader) (int, map[string]json.RawMessage) {
	l.b.t.Helper()
	req, _ := http.NewRequest("POST", l.b.base+"/_jp/upload?page="+pageID, body)
	req.Header.Set("Content-Type", contentType)
	req.Header.Set("Origin", l.b.base)
	resp, err := l.b.hc.Do(req)
	if err != nil {
		l.b.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]json.RawMessage
	json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func files(t *testing.T, named ...string) (string, *bytes.Buffer) {
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for i := 0; i < len(named); i += 2 {
		part, _ := w.CreateFormFile("file", named[i])
		part.Write([]byte(named[i+1]))
	}
	w.Close()
	return w.FormDataContentType(), &buf
}

func TestUploadAndSubmit(t *testing.T) {
	l := uploadApp(t)
	ws := l.connect()
	ct, body := files(t, "a.txt", "alpha", "big.txt", strings.Repeat("b", 1001))
	status, out := l.postUpload(l.pageID, ct, body)
	var infos []wire.FileInfo
	json.Unmarshal(out["files"], &infos)
	if status != 200 || len(infos) != 2 || infos[0].Ref == "" || infos[1].Error != "big.txt is larger than the 1000 bytes limit for one file" {
		t.Fatalf("%d %s", status, out["files"])
	}
	ws.send(wire.ClientMsg{Type: wire.TypeEvent, ID: formID(t, l), Event: "submit",
		Form: []wire.FormField{{Tag: "input", Type: "file", Name: "pics", Files: infos}}})
	if got := ws.recv(); !strings.Contains(got, "a.txt=alpha; error: big.txt is larger than the 1000 bytes limit for one file") {
		t.Errorf("the submit showed %s", got)
	}
}

func formID(t *testing.T, l *loaded) string {
	t.Helper()
	i := strings.Index(l.body, "<form")
	if i < 0 {
		t.Fatal("no form")
	}
	return pageIDOf(l.body[i:])
}

func pageIDOf(tag string) string {
	_, rest, _ := strings.Cut(tag, `data-jp="`)
	id, _, _ := strings.Cut(rest, `"`)
	return id
}

func TestUploadRefusals(t *testing.T) {
	l := uploadApp(t)
	ws := l.connect()
	count := l.id("count")

	// Over the limit for one submit: cut off with a clear error.
	ct, body := files(t, "1", strings.Repeat("x", 900), "2", strings.Repeat("x", 900), "3", strings.Repeat("x", 900), "4", strings.Repeat("x", 900))
	status, out := l.postUpload(l.pageID, ct, body)
	if status != http.StatusRequestEntityTooLarge || !strings.Contains(string(out["error"]), "larger than the 3000 bytes limit for one upload") {
		t.Errorf("over the total: %d %s", status, out["error"])
	}
	// Not multipart, an unknown page, another session's page, a bad cookie.
	if status, _ := l.postUpload(l.pageID, "text/plain", strings.NewReader("x")); status != http.StatusBadRequest {
		t.Errorf("not multipart: %d", status)
	}
	if status, _ := l.postUpload("nope", ct, strings.NewReader("")); status != http.StatusNotFound {
		t.Errorf("unknown page: %d", status)
	}
	other := &browser{t: t, base: l.b.base}
	other.jar, _ = cookiejar.New(nil)
	other.hc = &http.Client{Jar: other.jar}
	other.load("/")
	ct, body = files(t, "a", "a")
	if status, _ := (&loaded{b: other}).postUpload(l.pageID, ct, body); status != http.StatusForbidden {
		t.Errorf("another session's page: %d", status)
	}
	req, _ := http.NewRequest("POST", l.b.base+"/_jp/upload?page="+l.pageID, strings.NewReader(""))
	req.Header.Set("Cookie", "jp_token=tampered")
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != http.StatusBadRequest {
		t.Errorf("tampered cookie: %v %v", resp.StatusCode, err)
	}
	// The page carries on.
	ws.event(count, "click")
	if got := ws.recv(); !strings.Contains(got, `"text":"count+"`) {
		t.Errorf("after the refusals: %s", got)
	}
}

func TestAnUploadDoesNotHoldUpThePage(t *testing.T) {
	l := uploadApp(t)
	ws := l.connect()
	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	done := make(chan int)
	go func() {
		status, _ := l.postUpload(l.pageID, mw.FormDataContentType(), pr)
		done <- status
	}()
	part, _ := mw.CreateFormFile("file", "slow.txt")
	part.Write([]byte("first half "))
	// While the upload is half done, the page answers its events.
	ws.event(l.id("count"), "click")
	if got := ws.recv(); !strings.Contains(got, `"text":"count+"`) {
		t.Errorf("during the upload: %s", got)
	}
	part.Write([]byte("second half"))
	mw.Close()
	pw.Close()
	if status := <-done; status != 200 {
		t.Errorf("upload %d", status)
	}
}

// zeros is a reader of n zero bytes that allocates nothing.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	if z.n <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > z.n {
		p = p[:z.n]
	}
	clear(p)
	z.n -= int64(len(p))
	return len(p), nil
}

// A big upload streams: the process allocates a small part of its size.
func TestABigUploadIsNotHeldInMemory(t *testing.T) {
	const size = 32 << 20
	cfg := jp.DefaultConfig()
	cfg.MaxUploadFileBytes, cfg.MaxUploadBytes = 64<<20, 64<<20
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage { return jp.NewWebPage() })
	l := newBrowser(t, serve(t, app)).load("/")

	pr, pw := io.Pipe()
	mw := multipart.NewWriter(pw)
	go func() {
		part, _ := mw.CreateFormFile("file", "big.bin")
		io.Copy(part, &zeros{size})
		mw.Close()
		pw.Close()
	}()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	status, out := l.postUpload(l.pageID, mw.FormDataContentType(), pr)
	runtime.ReadMemStats(&after)
	var infos []wire.FileInfo
	json.Unmarshal(out["files"], &infos)
	if status != 200 || len(infos) != 1 || infos[0].Size != size {
		t.Fatalf("%d %s", status, out["files"])
	}
	if allocated := after.TotalAlloc - before.TotalAlloc; allocated > size/8 {
		t.Errorf("a %d MB upload allocated %.1f MB", size>>20, float64(allocated)/(1<<20))
	} else {
		t.Logf("a %d MB upload allocated %.2f MB", size>>20, float64(allocated)/(1<<20))
	}
}

// Past the quota of uploads on disk, an upload is refused with 503 and a
// reason, and the next one after the handlers took theirs goes through.
func TestUploadDiskQuota(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.MaxUploadFileBytes, cfg.MaxUploadBytes, cfg.MaxUploadDiskBytes = 1000, 3000, 1500
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage { return jp.NewWebPage() })
	l := newBrowser(t, serve(t, app)).load("/")
	ct, body := files(t, "a", strings.Repeat("a", 900))
	if status, _ := l.postUpload(l.pageID, ct, body); status != 200 {
		t.Fatalf("first upload %d", status)
	}
	ct, body = files(t, "b", strings.Repeat("b", 900))
	status, out := l.postUpload(l.pageID, ct, body)
	if status != http.StatusServiceUnavailable || !strings.Contains(string(out["error"]), "no more uploads for now") {
		t.Errorf("over the quota: %d %s", status, out["error"])
	}
	// The page goes, its unclaimed upload with it: there is room again.
	app.Close()
	again := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(again, "/", func(*jp.Request) *jp.WebPage { return jp.NewWebPage() })
	l = newBrowser(t, serve(t, again)).load("/")
	ct, body = files(t, "c", strings.Repeat("c", 900))
	if status, _ := l.postUpload(l.pageID, ct, body); status != 200 {
		t.Errorf("after the page went: %d", status)
	}
}
