//go:build unix

package main

import (
	"fmt"
	"syscall"
)

// raiseFileLimit raises the open-file limit to its hard limit, and says
// so if that is below need.
func raiseFileLimit(need int) error {
	var l syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		return err
	}
	l.Cur = l.Max
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &l); err != nil {
		return err
	}
	if uint64(l.Cur) < uint64(need) {
		return fmt.Errorf("%d open files allowed, %d needed: raise the hard limit (ulimit -Hn)", l.Cur, need)
	}
	return nil
}
