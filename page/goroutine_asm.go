//go:build amd64 || arm64

package page

// goroutine identifies the calling goroutine for as long as it runs: the
// one way to tell whether a call comes from the page's own goroutine, so
// that DoWait there runs at once instead of waiting for itself. No two
// goroutines running at once have the same identity, and a page holds one
// only while that goroutine runs for it.
//
// On amd64 and arm64 it is the address of the runtime's goroutine record,
// read from the register or thread-local slot that holds it (a few
// instructions, goroutine_*.s); elsewhere it is the goroutine's number,
// parsed from its stack trace's first line, whose traceback of the whole
// stack took a third of a page load's CPU on an HTTP handler's deep stack.
func goroutine() uintptr
