// Package lend lends goroutines for short pieces of work: a goroutine
// waits a moment for the next piece once it is done, so that work coming
// steadily reuses it, and the stack it grew, instead of starting a
// goroutine and growing its stack each time.
package lend
