package transport

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/justgo/justgo/internal/wire"
)

func TestDecode(t *testing.T) {
	m, err := Decode([]byte(`{"n":3,"t":"ev","id":"a","ev":"keydown","value":"x","checked":true,"key":{"key":"Enter","code":"Enter","shift":true},"extra":1}`))
	if err != nil {
		t.Fatal(err)
	}
	if m.N != 3 || m.Type != wire.TypeEvent || m.ID != "a" || m.Event != "keydown" || *m.Value != "x" || !*m.Checked ||
		m.Key.Key != "Enter" || !m.Key.ShiftKey {
		t.Errorf("%+v", m)
	}
	// The shapes of a click and of a typed value go the fast path.
	for _, flat := range []string{`{"t":"ev","id":"1","ev":"click","n":5}`, `{"t":"val","id":"2","value":"héllo","n":6}`} {
		if _, ok := decodeFlat([]byte(flat)); !ok {
			t.Errorf("%s: not on the fast path", flat)
		}
	}
	for _, bad := range []string{``, `{`, `[]`, `"ev"`, `{"n":-1,"t":"ev"}`, `{"t":5}`, `{"n":1}`, `null`, `{"t":"ev","value":5}`} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("%q decoded", bad)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{`{"n":1,"t":"ev","id":"a","ev":"click"}`, `{"n":2,"t":"val","id":"b","value":"x"}`, `{}`, `{"key":{}}`} {
		f.Add([]byte(s))
	}
	for _, s := range []string{`{"t":"val","id":"b","value":"é","n":18446744073709551615}`, `{"t":"ev","n":01}`, `{"t":"ev","t":"val","id":"\u0041"}`,
		`{"t":"ev"} `, `{"T":"ev"}`, `{"t":"ev","value":"a\"b"}`, `{"n":1234567890123456789,"t":"x"}`, "{\"t\":\"ev\",\"id\":\"\xff\"}"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err == nil && (m == nil || m.Type == "") {
			t.Fatalf("accepted %q as %+v", data, m)
		}
		// What the fast path takes, encoding/json takes and reads the same.
		if flat, ok := decodeFlat(data); ok {
			var want wire.ClientMsg
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("the fast path took %q, which encoding/json refuses: %v", data, err)
			}
			if !reflect.DeepEqual(flat, want) {
				t.Fatalf("%q: the fast path read %+v, encoding/json %+v", data, flat, want)
			}
		}
	})
}

func BenchmarkDecodeClick(b *testing.B) {
	data := []byte(`{"t":"ev","id":"1ab","ev":"click","n":12345}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
