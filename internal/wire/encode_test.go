package wire

import (
	"bytes"
	"encoding/json"
	"testing"
)

// ptr is a pointer to v.
func ptr[T any](v T) *T { return &v }

// A plain patch is written without reflection, a patch with anything else
// by encoding/json; both as encoding/json writes them.
func TestMarshalPatchAsEncodingJSON(t *testing.T) {
	for _, p := range []*Patch{
		{Version: 7},
		{Version: 7, Ops: []Op{{ID: "3", Text: ptr("Number of Click Events: 12")}}},
		{Version: 1 << 60, Ops: []Op{{ID: "a", Class: ptr(""), Style: ptr("color: red"), Show: ptr(false), Value: ptr("x"),
			Checked: ptr(true), HTML: ptr("<b>&</b>")}, {ID: "b", Text: ptr("\u2028\"\\\x00\x1f\t\n\r\b\f\xff é 😀")}}},
		{Version: 2, Title: ptr("t")},
		{Version: 2, Ops: []Op{{ID: "k", Kids: &[]Kid{}}}},
		{Version: 2, Ops: []Op{{ID: "k", Attrs: map[string]*string{"href": ptr("/")}}}, JS: []JS{{Code: "1"}}},
	} {
		want, _ := json.Marshal(p)
		got, err := MarshalPatch(p)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("got  %s (%v)\nwant %s", got, err, want)
		}
	}
	if plainPatch(&Patch{Ops: []Op{{ID: "a", Text: ptr("x")}}}) != true {
		t.Error("a text change is not on the fast path")
	}
}

func FuzzMarshalPatch(f *testing.F) {
	f.Add(uint64(3), "1", "Number of Click Events: 1", "<b>", "\xff\u2029", true)
	f.Fuzz(func(t *testing.T, v uint64, id, text, class, value string, show bool) {
		p := &Patch{Version: v, Ops: []Op{{ID: id, Text: &text, Class: &class, Checked: &show},
			{ID: value, Style: &class, Value: &value, Show: &show, HTML: &text}}}
		want, _ := json.Marshal(p)
		if got, _ := MarshalPatch(p); !bytes.Equal(got, want) {
			t.Fatalf("got  %s\nwant %s", got, want)
		}
	})
}

func BenchmarkMarshalPatch(b *testing.B) {
	p := &Patch{Version: 7, Ops: []Op{{ID: "3", Text: ptr("Number of Click Events: 12")}, {ID: "2", Text: ptr("Number of visits: 1")}}}
	b.ReportAllocs()
	for b.Loop() {
		MarshalPatch(p)
	}
}
