package requestobject

import (
	"fmt"
	"net/url"
	"strings"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/examples/internal/catalog"
)

func demoFunction(request *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	if len(request.QueryParams) > 0 {
		// Python's dictionary of the parameters has a value per key, the
		// last; url.Values keeps them all, in order, and the keys in no
		// order, so the port shows them in the order of the URL.
		for _, key := range queryKeys(request) {
			jp.P(jp.Text(fmt.Sprintf("%s: %s", key, request.QueryParams.Get(key))), jp.In(wp), jp.Classes("text-xl m-2 p-1"))
		}
	} else {
		jp.P(jp.Text("No URL paramaters present"), jp.In(wp), jp.Classes("text-xl m-2 p-1"))
	}
	return wp
}

// queryKeys are the query's keys in the order of the URL, each once.
func queryKeys(request *jp.Request) []string {
	var keys []string
	seen := map[string]bool{}
	for _, kv := range strings.Split(request.URL.RawQuery, "&") {
		key, _, _ := strings.Cut(kv, "=")
		key, err := url.QueryUnescape(key)
		if _, ok := request.QueryParams[key]; ok && err == nil && !seen[key] {
			seen[key] = true
			keys = append(keys, key)
		}
	}
	return keys
}

// DemoFunction is JustPy's demo_function: the URL's query parameters, one
// a line, or a line saying there are none.
var DemoFunction = catalog.Example{Name: "demo_function", Doc: "The URL's query parameters, one a line (try ?number=5&name=Smith)", Source: "demo_function.go", Path: "/?number=5&name=Smith", App: catalog.Page(demoFunction)}
