package htmlparse

import "testing"

func BenchmarkParseLoginForm(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse(loginFormHTML)
	}
}
