package main

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/jptest"
)

func data(p *jptest.Page, i int) []any {
	o := p.ChartOptions(p.All("jp-echart")[0])
	return o["series"].([]any)[i].(map[string]any)["data"].([]any)
}

// Two people see the one chart shift: each series keeps 50 points, the
// old ones moving left as new ones come in at the right.
func TestTheChartUpdatesForEveryone(t *testing.T) {
	interval = 20 * time.Millisecond
	startUpdater.Do(func() { go chartUpdater() }) // here, so that it reads interval after the test set it
	app := jp.NewApp()
	jp.Route(app, "/", chartTest)
	srv := jptest.New(t, app)
	a, b := srv.Open("/"), srv.NewUser().Open("/")
	if o := a.ChartOptions(a.All("jp-echart")[0]); fmt.Sprint(o["title"]) != "map[left:center text:Updating Chart]" {
		t.Errorf("title %v", o["title"])
	}
	for _, p := range []*jptest.Page{a, b} {
		for i, kind := range []string{"bar", "scatter"} {
			first := data(p, i)
			if len(first) != 50 {
				t.Fatalf("%s series has %d points", kind, len(first))
			}
			p.WaitUntil("the "+kind+" series to shift", func() bool {
				now := data(p, i)
				// Shifted by k: the first points are the old ones from k on.
				for k := 1; k < 40; k++ {
					if reflect.DeepEqual(now[:50-k], first[k:]) {
						return len(now) == 50
					}
				}
				return false
			})
		}
	}
}
