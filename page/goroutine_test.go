package page

import (
	"sync"
	"testing"
)

// A goroutine keeps its identity while its stack grows and moves, and no
// two goroutines running at once share one.
func TestGoroutineIdentity(t *testing.T) {
	const n = 50
	ids := make([]uintptr, n)
	var started, done sync.WaitGroup
	release := make(chan struct{})
	for i := range n {
		started.Add(1)
		done.Add(1)
		go func() {
			defer done.Done()
			ids[i] = goroutine()
			if got := deep(2000); got != ids[i] { // the stack was copied on the way down
				t.Errorf("goroutine %d: %#x deep down, %#x at the top", i, got, ids[i])
			}
			started.Done()
			<-release // all alive at once
		}()
	}
	started.Wait()
	close(release)
	done.Wait()
	seen := map[uintptr]int{}
	for i, id := range ids {
		if id == 0 {
			t.Errorf("goroutine %d: identity 0, which means none", i)
		}
		if j, ok := seen[id]; ok {
			t.Errorf("goroutines %d and %d both %#x", j, i, id)
		}
		seen[id] = i
	}
	if a, b := goroutine(), deep(100); a != b {
		t.Errorf("one goroutine, two identities: %#x and %#x", a, b)
	}
}

// deep recurses with a frame big enough that the stack must grow.
func deep(n int) uintptr {
	var pad [64]byte
	if n == 0 {
		return goroutine() + uintptr(pad[0])
	}
	return deep(n-1) + uintptr(pad[n%64])
}
