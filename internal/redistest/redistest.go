// Package redistest runs a redis-server of the test's own on a free
// loopback port, stopped when the test ends. Without redis-server a test
// skips, except in CI (CI=true), where that is a failure: .ci/run installs
// it.
package redistest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Server is a running redis-server.
type Server struct {
	t    testing.TB
	Port int
	dir  string
	cmd  *exec.Cmd
}

// Start starts a server for t.
func Start(t testing.TB) *Server {
	t.Helper()
	if _, err := exec.LookPath("redis-server"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("redis-server is not installed (.ci/run installs it)")
		}
		t.Skip("no redis-server")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{t: t, Port: ln.Addr().(*net.TCPAddr).Port, dir: t.TempDir()}
	ln.Close()
	s.Restart()
	t.Cleanup(s.Stop)
	return s
}

// URL is the server's redis:// URL.
func (s *Server) URL() string { return fmt.Sprintf("redis://127.0.0.1:%d/0", s.Port) }

// Restart starts the server again after Stop, on the same port, with the
// values it had.
func (s *Server) Restart() {
	s.t.Helper()
	s.cmd = exec.Command("redis-server", "--port", fmt.Sprint(s.Port), "--bind", "127.0.0.1",
		// What the docs advise when sessions must survive a Redis restart:
		// every write on disk before it is answered.
		"--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", s.dir)
	if err := s.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", s.Port)); err == nil {
			c.Close()
			return
		}
	}
	s.t.Fatal("redis-server did not start")
}

// RestartEmpty starts the server again after Stop, on the same port,
// with no values: as a Redis without persistence comes back.
func (s *Server) RestartEmpty() {
	s.t.Helper()
	entries, _ := os.ReadDir(s.dir)
	for _, e := range entries {
		os.RemoveAll(filepath.Join(s.dir, e.Name()))
	}
	s.Restart()
}

// Stop kills the server.
func (s *Server) Stop() {
	if s.cmd != nil {
		s.cmd.Process.Kill()
		s.cmd.Wait()
		s.cmd = nil
	}
}
