package upload

import (
	"bytes"
	"errors"
	"mime/multipart"
	"strings"
	"testing"
)

func TestFileNameKeepsTheLastElement(t *testing.T) {
	for in, want := range map[string]string{
		"report.pdf": "report.pdf", "../../etc/passwd": "passwd", `C:\Users\a\b.txt`: "b.txt",
		"": "file", ".": "file", "..": "file", "dir/": "file", "a\x00b": "file",
	} {
		if got := FileName(in); got != want {
			t.Errorf("FileName(%q) = %q, want %q", in, got, want)
		}
	}
}

// multipartOf builds an upload of files, name → content.
func multipartOf(t *testing.T, files ...string) *multipart.Reader {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for i := 0; i < len(files); i += 2 {
		fw, err := w.CreateFormFile("file", files[i])
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(files[i+1]))
	}
	w.Close()
	return multipart.NewReader(&b, w.Boundary())
}

// A Quota counts what the files hold until they are released, per session
// too, and refuses what would go past a cap.
func TestQuotaCountsUntilReleased(t *testing.T) {
	q := &Quota{DiskBytes: 100, SessionBytes: 60}
	limits := Limits{FileBytes: 50, TotalBytes: 100, Quota: q}
	_, a, err := Receive(multipartOf(t, "a", strings.Repeat("a", 50)), limits, "s1")
	if err != nil || q.Held() != 50 {
		t.Fatalf("first upload: %v, %d held", err, q.Held())
	}
	if _, _, err := Receive(multipartOf(t, "b", strings.Repeat("b", 20)), limits, "s1"); !errors.Is(err, ErrFull) {
		t.Errorf("past the session's cap: %v", err)
	}
	_, b, err := Receive(multipartOf(t, "c", strings.Repeat("c", 40)), limits, "s2")
	if err != nil || q.Held() != 90 {
		t.Fatalf("another session: %v, %d held", err, q.Held())
	}
	if _, _, err := Receive(multipartOf(t, "d", strings.Repeat("d", 20)), limits, "s3"); !errors.Is(err, ErrFull) {
		t.Errorf("past the disk's cap: %v", err)
	}
	Discard(a)
	Discard(b)
	if q.Held() != 0 || len(q.bySession) != 0 {
		t.Errorf("after release: %d held, %v", q.Held(), q.bySession)
	}
}

// A waiting list keeps at most two submits' worth, dropping the oldest,
// and nothing once closed.
func TestWaitingDropsTheOldestPastTwoSubmits(t *testing.T) {
	q := &Quota{}
	limits := Limits{FileBytes: 100, TotalBytes: 100, Quota: q}
	var w Waiting
	var refs []string
	for _, c := range []string{"a", "b", "c"} {
		infos, files, err := Receive(multipartOf(t, c, strings.Repeat(c, 80)), limits, "s")
		if err != nil || !w.Add(files, limits) {
			t.Fatal(err)
		}
		refs = append(refs, infos[0].Ref)
	}
	if w.Take(refs[0]) != nil || q.Held() != 160 {
		t.Errorf("the oldest should have gone: %d held", q.Held())
	}
	if f := w.Take(refs[2]); f == nil || f.Name != "c" {
		t.Errorf("the newest: %v", f)
	}
	w.Close()
	if q.Held() != 80 { // c was taken: its handler releases it
		t.Errorf("after Close: %d held", q.Held())
	}
	if _, files, _ := Receive(multipartOf(t, "d", "d"), limits, "s"); w.Add(files, limits) {
		t.Error("a closed list took a file")
	} else {
		Discard(files)
	}
}
