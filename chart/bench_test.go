package chart_test

import (
	"encoding/json"
	"testing"

	"github.com/justgo/justgo/chart"
)

// Appending one point to a 10,000-point series: the server's time, and
// the bytes of the call that travels.
func BenchmarkAppendOneTo10000(b *testing.B) {
	data := make([]any, 10000)
	for i := range data {
		data[i] = []any{i, i % 100}
	}
	c := chart.New(chart.M{"series": []chart.M{{"id": "s", "type": "line", "data": data}}})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c.Append("s", []any{[]any{10000 + i, i % 100}}, 10000)
		c.React()
	}
	b.StopTimer()
	calls, _ := c.Calls.After(0, false)
	last, _ := json.Marshal(calls[len(calls)-1])
	b.ReportMetric(float64(len(last)), "bytes/append")
}
