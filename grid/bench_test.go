package grid_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/justgo/justgo/grid"
)

// Updating one row of a 100,000-row grid: the server's time to find what
// changed, and the bytes of the transaction.
func BenchmarkUpsertOneOf100000(b *testing.B) {
	rows := make([]grid.M, 100000)
	for i := range rows {
		rows[i] = grid.M{"id": i, "name": fmt.Sprint("row ", i), "n": i}
	}
	g := grid.New(rows)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Upsert(grid.M{"id": 5000, "name": fmt.Sprint("changed ", i), "n": -i})
		g.React()
	}
	b.StopTimer()
	calls, _ := g.Calls.After(0, false)
	last, _ := json.Marshal(calls[len(calls)-1])
	b.ReportMetric(float64(len(last)), "bytes/update")
}
