package rejoin

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestSignOpen(t *testing.T) {
	c := NewCodec("a real secret key of the app", time.Hour)
	want := Token{URL: "/item/7?tab=2", Session: "s1", Owner: "http://10.0.0.5:8000"}
	tok, err := c.Sign(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Open(tok, "s1")
	if err != nil || got != want {
		t.Fatalf("Open = %+v, %v; want %+v", got, err, want)
	}
	if strings.Trim(tok, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
		t.Errorf("a token with characters a URL or an attribute must escape: %s", tok)
	}
	unlimited := NewCodec("a real secret key of the app", 0)
	tok, _ = unlimited.Sign(Token{URL: "/", Session: "s1"})
	if _, err := unlimited.Open(tok, "s1"); err != nil {
		t.Errorf("without a maximum age: %v", err)
	}
}

func TestOpenRefuses(t *testing.T) {
	c := NewCodec("a real secret key of the app", time.Hour)
	tok, _ := c.Sign(Token{URL: "/", Session: "s1"})
	other, _ := NewCodec("another key", time.Hour).Sign(Token{URL: "/", Session: "s1"})
	far, _ := c.Sign(Token{URL: "//evil.example/", Session: "s1"})
	expired := NewCodec("a real secret key of the app", time.Second)
	for name, tc := range map[string]struct {
		c       *Codec
		tok, to string
	}{
		"empty":           {c, "", "s1"},
		"tampered":        {c, tok[:len(tok)-2] + "xx", "s1"},
		"another session": {c, tok, "s2"},
		"another key":     {c, other, "s1"},
		"another host":    {c, far, "s1"},
		"garbage":         {c, strings.Repeat("A", 300), "s1"},
		"not base64":      {c, tok[:10] + "*" + tok[11:], "s1"},
		"payload changed": {c, flip(tok, 12), "s1"},
		"truncated":       {c, tok[:40], "s1"},
		"longer":          {c, tok + "AAAA", "s1"},
	} {
		if _, err := tc.c.Open(tc.tok, tc.to); !errors.Is(err, ErrBadToken) {
			t.Errorf("%s: Open err = %v, want ErrBadToken", name, err)
		}
	}
	old, _ := expired.Sign(Token{URL: "/", Session: "s1"})
	time.Sleep(2100 * time.Millisecond)
	if _, err := expired.Open(old, "s1"); !errors.Is(err, ErrBadToken) {
		t.Errorf("expired: Open err = %v, want ErrBadToken", err)
	}
}

// flip changes the token's character at i to another base64 character.
func flip(tok string, i int) string {
	c := byte('A')
	if tok[i] == 'A' {
		c = 'B'
	}
	return tok[:i] + string(c) + tok[i+1:]
}

// A token made an hour ahead of this instance's clock is refused; one a
// little ahead (another instance's clock) is not.
func TestOpenRefusesTheFuture(t *testing.T) {
	c := NewCodec("a real secret key of the app", time.Hour)
	for ahead, ok := range map[time.Duration]bool{10 * time.Second: true, time.Hour: false} {
		b := binary.BigEndian.AppendUint64(nil, uint64(time.Now().Add(ahead).Unix()))
		for _, f := range []string{"/", "s1", ""} {
			b = binary.AppendUvarint(b, uint64(len(f)))
			b = append(b, f...)
		}
		tok := base64.RawURLEncoding.EncodeToString(c.sum(b, b))
		if _, err := c.Open(tok, "s1"); (err == nil) != ok {
			t.Errorf("%v ahead: Open err = %v", ahead, err)
		}
	}
}

func BenchmarkSign(b *testing.B) {
	c := NewCodec("a real secret key of the app", time.Hour)
	tok := Token{URL: "/item/7?tab=2", Session: "0b6f1e0a-3c7d-4f1e-9a57-2f4c1d9e8b31"}
	b.ReportAllocs()
	for b.Loop() {
		c.Sign(tok)
	}
}
