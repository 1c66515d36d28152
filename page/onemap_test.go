package page

import (
	"maps"
	"math/rand/v2"
	"testing"
)

// A oneOrMap holds what a map holds, through any sequence of puts and
// deletes, deletes while ranging included.
func TestOneOrMapIsAMap(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		o, want := &oneOrMap[int, int]{}, map[int]int{}
		for range 50 {
			k := r.IntN(5)
			switch r.IntN(3) {
			case 0, 1:
				v := r.Int()
				o.put(k, v)
				want[k] = v
			default:
				o.delete(k)
				delete(want, k)
			}
			got := map[int]int{}
			for k, v := range o.all {
				got[k] = v
			}
			if !maps.Equal(got, want) || o.len() != len(want) {
				t.Fatalf("holds %v (len %d), want %v", got, o.len(), want)
			}
			for k, v := range want {
				if g, ok := o.get(k); !ok || g != v {
					t.Fatalf("get(%d) = %d, %v; want %d", k, g, ok, v)
				}
			}
		}
		for k := range o.all {
			o.delete(k)
		}
		if o.len() != 0 || o.more != nil {
			t.Fatalf("after deleting all while ranging: %+v", o)
		}
	}
	var none *oneOrMap[string, int]
	if _, ok := none.get("x"); ok || none.len() != 0 {
		t.Fatal("a nil oneOrMap holds something")
	}
	for range none.all {
		t.Fatal("a nil oneOrMap ranges over something")
	}
}
