package rejoin

import (
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
