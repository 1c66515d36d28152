package jp

import (
	"bufio"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/justgo/justgo/internal/config"
	"github.com/justgo/justgo/static"
)

func TestRefuseDefaultKey(t *testing.T) {
	def := config.Default()
	own := config.Default()
	own.SecretKey = "a long random string"
	off := config.Default()
	off.Sessions = false
	tcp := func(ip string) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: 8000} }
	cases := []struct {
		cfg     Config
		addr    net.Addr
		refused bool
	}{
		{def, tcp("0.0.0.0"), true},
		{def, tcp("::"), true},
		{def, tcp("192.0.2.1"), true},
		{def, tcp("2001:db8::1"), true},
		{def, &net.TCPAddr{Port: 8000}, true}, // HOST empty: every interface
		{def, &net.UnixAddr{Name: "/run/app.sock", Net: "unix"}, true},
		{def, tcp("127.0.0.1"), false},
		{def, tcp("127.0.0.53"), false},
		{def, tcp("::1"), false},
		{own, tcp("0.0.0.0"), false},
		{off, tcp("0.0.0.0"), false},
	}
	for _, c := range cases {
		err := c.cfg.CheckServeAddr(c.addr)
		if (err != nil) != c.refused {
			t.Errorf("%v (key %q, sessions %v): %v", c.addr, c.cfg.SecretKey, c.cfg.Sessions, err)
		}
	}
}

// An idle keep-alive connection is closed after the idle timeout, so that
// clients that open connections and say nothing more do not pile up.
func TestIdleConnectionIsClosed(t *testing.T) {
	a := NewApp(WithConfig(config.Default()))
	a.idle = 200 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()

	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	io.WriteString(conn, "GET /favicon.ico HTTP/1.1\r\nHost: localhost\r\n\r\n")
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	start := time.Now()
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, err = r.ReadByte()
	if errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatal("the idle connection was still open after 5s")
	}
	if err != io.EOF || time.Since(start) > 3*time.Second {
		t.Errorf("after %v: %v", time.Since(start), err)
	}
}

func TestServerTimeouts(t *testing.T) {
	if NewApp().idle != 120*time.Second {
		t.Errorf("idle timeout %v", NewApp().idle)
	}
}

func TestInApp(t *testing.T) {
	for in, want := range map[string]string{
		"/login_test": "/app/login_test", "login_page": "login_page", "//cdn.example/x": "//cdn.example/x",
		"https://example.com/": "https://example.com/",
	} {
		if got := inApp("/app/", in); got != want {
			t.Errorf("%s: %s, want %s", in, got, want)
		}
	}
}

// Under NO_INTERNET, a library the App has no copy of is named once in a
// warning with the command that fetches it; with all its files, nothing.
func TestWarnMissingAssets(t *testing.T) {
	var logs strings.Builder
	a := NewApp(WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	a.assets = static.NewAssets(fstest.MapFS{
		"animate.css@3.7.0/animate.min.css": {Data: []byte(".animated{}")},
	})
	a.warnMissing(&static.Animate, &static.ECharts, &static.ECharts)
	a.warnMissing(&static.ECharts)
	out := logs.String()
	if strings.Count(out, "level=WARN") != 1 || !strings.Contains(out, "echarts@6.1.0/dist/echarts.min.js") ||
		!strings.Contains(out, "go run github.com/justgo/justgo/cmd/justgo assets") {
		t.Errorf("warnings:\n%s", out)
	}
	logs.Reset()
	a.cfg.NoInternet = false
	a.warnMissing(&static.KaTeX)
	if logs.Len() != 0 {
		t.Errorf("a warning with NO_INTERNET=False:\n%s", logs.String())
	}
}
