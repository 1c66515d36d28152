package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"time"
)

const (
	// stopGrace is how long a program has to shut down after SIGTERM (it
	// closes its websockets, which tells the browsers to retry) before it
	// is killed.
	stopGrace = 5 * time.Second
	// startTimeout is how long a new program has to listen.
	startTimeout = 30 * time.Second
	// dialEvery is how often a starting program is asked whether it
	// listens: nothing tells when it does.
	dialEvery = 50 * time.Millisecond
	// keepOutput is how much of a program's output is kept, to show when
	// it exits.
	keepOutput = 16 << 10
)

// program is one run of a built program.
type program struct {
	bin    string
	addr   string // the loopback address it listens on
	cmd    *exec.Cmd
	cancel context.CancelFunc
	out    *tail
	done   chan struct{} // closed when it has exited; err is then set
	err    error
}

// startProgram runs bin with args on a free loopback port (awaitListening
// tells when it listens there). Its output goes to stdout and stderr.
func startProgram(ctx context.Context, bin string, args []string, stdout, stderr io.Writer) (*program, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	p := &program{bin: bin, addr: net.JoinHostPort("127.0.0.1", port), cancel: cancel,
		out: &tail{max: keepOutput}, done: make(chan struct{})}
	p.cmd = exec.CommandContext(ctx, bin, args...)
	// dev serves HTTP(S) on HOST:PORT; the program, plain HTTP behind it.
	p.cmd.Env = append(os.Environ(), "HOST=127.0.0.1", "PORT="+port, "SSL_CERTFILE=", "SSL_KEYFILE=")
	p.cmd.Stdout, p.cmd.Stderr = io.MultiWriter(stdout, p.out), io.MultiWriter(stderr, p.out)
	p.cmd.Cancel = func() error {
		if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			return p.cmd.Process.Kill() // Windows has no SIGTERM
		}
		return nil
	}
	p.cmd.WaitDelay = stopGrace
	if err := p.cmd.Start(); err != nil {
		cancel()
		return nil, err
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// awaitListening returns once the program listens, or why it does not.
func (p *program) awaitListening(ctx context.Context) error {
	timeout := time.NewTimer(startTimeout)
	defer timeout.Stop()
	tick := time.NewTicker(dialEvery)
	defer tick.Stop()
	for {
		if c, err := net.DialTimeout("tcp", p.addr, time.Second); err == nil {
			c.Close()
			return nil
		}
		select {
		case <-p.done:
			return fmt.Errorf("it exited (%s) before it listened", exitReason(p.err))
		case <-timeout.C:
			return fmt.Errorf("it did not listen on its HOST:PORT within %s", startTimeout)
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// pid is the program's process id.
func (p *program) pid() int { return p.cmd.Process.Pid }

// stop ends the program gracefully, waits for it and removes its binary.
// A nil program is stopped already.
func (p *program) stop() {
	if p == nil {
		return
	}
	p.cancel()
	<-p.done
	os.Remove(p.bin)
}

// exitReason says how a program ended, from its Wait error.
func exitReason(err error) string {
	if err == nil {
		return "exit status 0"
	}
	return err.Error()
}

func freePort() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return strconv.Itoa(ln.Addr().(*net.TCPAddr).Port), nil
}

// tail keeps the last max bytes written to it. It is safe for concurrent
// use: a program's output and its errors are written from two goroutines.
type tail struct {
	mu  sync.Mutex
	b   []byte
	max int
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if over := len(t.b) - t.max; over > 0 {
		t.b = append(t.b[:0], t.b[over:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.b)
}
