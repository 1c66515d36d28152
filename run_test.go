package jp_test

import (
	"net"
	"strconv"
	"syscall"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
)

// App.Run serves on HOST:PORT until SIGTERM, then returns nil.
func TestRunStopsOnSIGTERM(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cfg := jp.DefaultConfig()
	cfg.Port = port
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/", func(*jp.Request) *jp.WebPage { return jp.NewWebPage() })
	done := make(chan error, 1)
	go func() { done <- app.Run() }()
	addr := "127.0.0.1:" + strconv.Itoa(port)
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("Run did not listen")
		}
	}
	syscall.Kill(syscall.Getpid(), syscall.SIGTERM) // Run's handler takes it, not the test process
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not stop on SIGTERM")
	}
}
