package main

import (
	"context"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"runtime"
	"time"
)

// loop builds and runs the program, again at every change.
type loop struct {
	url            string   // where dev serves the program
	dir            string   // the package's folder
	args           []string // the program's arguments
	flags          []string // go build's
	tmp            string   // where the binaries go
	proxy          *proxy
	stdout, stderr io.Writer
}

// run builds and runs the program until ctx ends, then stops it.
func (l *loop) run(ctx context.Context, changes <-chan string, watchErr, serveErr <-chan error) error {
	var prog *program
	defer func() { prog.stop() }()
	for n := 1; ; n++ {
		prog = l.rebuild(ctx, n, prog)
		for waiting := true; waiting; {
			var exited <-chan struct{}
			if prog != nil {
				exited = prog.done
			}
			select {
			case <-ctx.Done():
				return nil
			case err := <-watchErr:
				return err
			case err := <-serveErr:
				return err
			case name := <-changes:
				fmt.Fprintf(l.stderr, "justgo dev: %s changed\n", name)
				waiting = false
			case <-exited:
				if ctx.Err() != nil { // Ctrl-C reached it first
					return nil
				}
				why := exitReason(prog.err)
				fmt.Fprintf(l.stderr, "justgo dev: program %d exited (%s); waiting for a change\n", n, why)
				l.proxy.set(status{build: n, failure: "The program exited", output: why + "\n\n" + prog.out.String()})
				prog.stop()
				prog = nil
			}
		}
	}
}

// rebuild builds the nth program and, if that succeeds, replaces old with
// it. It returns the program that runs now, if any.
func (l *loop) rebuild(ctx context.Context, n int, old *program) *program {
	start := time.Now()
	bin := binPath(l.tmp, n)
	out, err := goBuild(ctx, l.dir, bin, l.flags)
	if ctx.Err() != nil {
		return old
	}
	took := time.Since(start).Round(time.Millisecond)
	if err != nil {
		fmt.Fprintf(l.stderr, "justgo dev: build %d failed in %s:\n%s", n, took, out)
		l.proxy.set(status{build: n, failure: "The build failed", output: string(out)})
		old.stop()
		return nil
	}
	fmt.Fprintf(l.stderr, "justgo dev: build %d done in %s, starting it\n", n, took)
	l.proxy.set(status{build: n}) // requests wait for the new program
	old.stop()
	prog, err := startProgram(ctx, bin, l.args, l.stdout, l.stderr)
	if err == nil {
		if err = prog.awaitListening(ctx); err != nil {
			prog.stop()
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		fmt.Fprintf(l.stderr, "justgo dev: program %d did not start: %v\n", n, err)
		output := err.Error()
		if prog != nil {
			output += "\n\n" + prog.out.String()
		}
		l.proxy.set(status{build: n, failure: "The program did not start", output: output})
		return nil
	}
	fmt.Fprintf(l.stderr, "justgo dev: program %d up (pid %d, on %s): open %s\n", n, prog.pid(), prog.addr, l.url)
	l.proxy.set(status{build: n, backend: newBackend(prog.addr)})
	return prog
}

// goBuild builds the package in dir into the file bin and returns the go
// command's output: the compiler's errors when it fails.
func goBuild(ctx context.Context, dir, bin string, flags []string) ([]byte, error) {
	args := append([]string{"build", "-o", bin}, flags...)
	cmd := exec.CommandContext(ctx, "go", append(args, ".")...)
	cmd.Dir = dir // so that a package outside the working directory's module builds too
	return cmd.CombinedOutput()
}

// binPath names the nth build's binary in tmp: each build has a file of
// its own, never one the running program was started from.
func binPath(tmp string, n int) string {
	name := fmt.Sprintf("program%d", n)
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	return filepath.Join(tmp, name)
}
