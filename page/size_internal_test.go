package page

import (
	"testing"
	"unsafe"
)

// A page keeps a snapshot of each element its browsers have: 256 bytes is
// a size class of the allocator, the next is 288.
func TestSnapshotSizeBudget(t *testing.T) {
	if n := unsafe.Sizeof(snapshot{}); n > 256 {
		t.Errorf("a snapshot takes %d bytes, over 256", n)
	}
}
