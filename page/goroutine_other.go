//go:build !amd64 && !arm64

package page

import "runtime"

// goroutine identifies the calling goroutine (see goroutine_asm.go) where
// there is no assembly for it: by the number in its stack trace's header,
// "goroutine 42 [running]:".
func goroutine() uintptr {
	var buf [32]byte
	n := runtime.Stack(buf[:], false)
	const prefix = len("goroutine ")
	var id uintptr
	for _, c := range buf[prefix:n] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + uintptr(c-'0')
	}
	return id
}
