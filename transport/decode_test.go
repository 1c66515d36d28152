package transport

import (
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
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err == nil && (m == nil || m.Type == "") {
			t.Fatalf("accepted %q as %+v", data, m)
		}
	})
}
