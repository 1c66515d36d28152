package e2e

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A setting that does not parse stops start-up with a message naming the
// key; justpy.env is read from the working directory, as in JustPy.
func TestStartupRefusesABadSetting(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "justpy.env"), []byte("SESSIONS = Maybe\n"), 0o600)
	cmd := exec.Command(build(t, "session"))
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PORT=0")
	out, err := runWithTimeout(cmd, 20*time.Second)
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(out, "SESSIONS") {
		t.Errorf("exit %v, output %q", err, out)
	}
}

// With JustPy's default SECRET_KEY the server says so when it starts.
func TestStartupWarnsOfTheDefaultSecretKey(t *testing.T) {
	srv := startExample(t, "session")
	httpGet(t, srv.URL)
	srv.stop()
	if !strings.Contains(srv.log.String(), "SECRET_KEY is the default") {
		t.Errorf("no warning in:\n%s", srv.log)
	}
	quiet := startExample(t, "session", "SECRET_KEY=something only we know")
	httpGet(t, quiet.URL)
	quiet.stop()
	if strings.Contains(quiet.log.String(), "SECRET_KEY is the default") {
		t.Errorf("warned with a key of its own:\n%s", quiet.log)
	}
}

func runWithTimeout(cmd *exec.Cmd, d time.Duration) (string, error) {
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		return "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.String(), err
	case <-time.After(d):
		cmd.Process.Kill()
		<-done
		return out.String(), errors.New("still running")
	}
}
