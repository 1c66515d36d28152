package lend

import (
	"runtime"
	"sync"
	"testing"
	"time"
)

// Work given one piece after another runs on one goroutine; work given at
// once runs at once; Close ends the goroutines that wait.
func TestPool(t *testing.T) {
	var p Pool[chan struct{}]
	base := runtime.NumGoroutine()
	for range 100 {
		done := make(chan struct{})
		p.Go(closeIt, done)
		<-done
		time.Sleep(time.Millisecond) // the goroutine goes back to waiting
	}
	if n := runtime.NumGoroutine(); n > base+1 {
		t.Errorf("%d goroutines for work given one piece at a time, %d before", n, base)
	}

	var wg sync.WaitGroup
	release := make(chan struct{})
	for range 10 {
		wg.Add(1)
		p.Go(func(release chan struct{}) { defer wg.Done(); <-release }, release) // none waits for another
	}
	close(release)
	wg.Wait()

	p.Close()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > base && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > base {
		t.Errorf("%d goroutines after Close, %d before", n, base)
	}
	done := make(chan struct{})
	p.Go(closeIt, done)
	<-done
}

func closeIt(c chan struct{}) { close(c) }
