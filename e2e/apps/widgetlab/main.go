// Command widgetlab serves the pages the widget tests need beyond the
// gallery: a slow handler, a page shown by everyone, a page that gets its
// first widget late, and a way to cut every connection while the page
// changes.
package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/wa"
)

// conns are the open connections, so that /cut can sever them all.
var conns sync.Map

type tracked struct{ net.Listener }

func (l tracked) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		conns.Store(c, true)
	}
	return c, err
}

// slow echoes what is typed, a while after each keystroke.
func slow(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	in := wa.Input(wa.Label("Slow"), jp.In(wp))
	echo := jp.P(jp.ID("echo"), jp.In(wp))
	in.On("input", func(self *jp.Element, msg *jp.Msg) error {
		time.Sleep(150 * time.Millisecond)
		echo.Text = msg.Value
		return nil
	})
	return wp
}

// shared is one page for every visitor.
var shared = func() *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Keep = true
	b := wa.Button(jp.Text("Notify all"), jp.In(wp))
	b.On("click", func(self *jp.Element, msg *jp.Msg) error {
		wa.Notify(msg.Page, "Hello, everyone", wa.Notice{Duration: 20 * time.Second})
		return nil
	})
	return wp
}()

// late has no widget until its button adds a dialog, opens it, focuses
// the input in it and asks the input whether it is valid, all in one
// update.
func late(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	b := jp.Button(jp.Text("Add dialog"), jp.In(wp))
	b.On("click", func(self *jp.Element, msg *jp.Msg) error {
		d := wa.Dialog(wa.Label("Late"), jp.In(msg.Page))
		in := wa.Input(wa.Label("Inside"), jp.In(d))
		d.SetProp("open", true)
		in.Call("focus")
		in.RequestCall("valid", "checkValidity")
		return nil
	})
	answer := jp.P(jp.ID("answer"), jp.In(wp))
	wp.On("result_ready", func(wp *jp.WebPage, msg *jp.Msg) error {
		answer.Text = msg.RequestID + " " + string(msg.Result)
		return nil
	})
	return wp
}

// resync shows tabs and a tree; /cut severs the connections and changes
// the page meanwhile, so that the browser resyncs it whole.
var resync = func() *jp.WebPage {
	wp := jp.NewWebPage()
	wp.Keep = true
	tabs := wa.TabGroup(jp.In(wp))
	for _, name := range []string{"one", "two"} {
		wa.Tab(jp.Text(name), wa.Panel(name), jp.Attr("slot", "nav"), jp.In(tabs))
		wa.TabPanel(jp.Text("Panel "+name), jp.Name(name), jp.In(tabs))
	}
	tree := wa.Tree(jp.In(wp))
	top := wa.TreeItem(jp.Text("Fruits"), wa.Expanded(), jp.In(tree))
	wa.TreeItem(jp.Text("Apple"), jp.In(top))
	jp.P(jp.ID("count"), jp.Text("0"), jp.In(wp))
	jp.EChart(jp.M{"animation": false, "xAxis": jp.M{"type": "category", "data": []string{"a", "b"}}, "yAxis": jp.M{},
		"series": []jp.M{{"id": "s", "type": "bar", "data": []int{3, 5}}}}, jp.Style("display:block;width:400px;height:200px"), jp.In(wp))
	jp.AgGrid([]jp.M{{"id": 1, "name": "one"}, {"id": 2, "name": "two"}}, jp.Style("display:block;width:400px;height:200px"), jp.In(wp))
	return wp
}()

// chartPage has a line chart that a button adds points to and another
// titles; a click on a point is shown.
func chartPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	c := jp.EChart(jp.M{
		"animation": false,
		"xAxis":     jp.M{"type": "value"},
		"yAxis":     jp.M{"type": "value"},
		"legend":    jp.M{},
		"series":    []jp.M{{"id": "cpu", "name": "cpu", "type": "line", "symbolSize": 20, "data": []any{[]any{0, 1}, []any{1, 3}, []any{2, 2}}}},
	}, jp.Style("display:block;width:600px;height:300px"), jp.In(wp))
	legend := jp.P(jp.ID("legend"), jp.In(wp))
	c.On("legendselectchanged", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		legend.Text = fmt.Sprintf("Legend: %v %v", d["name"], d["selected"])
		return nil
	})
	next := 3
	add := jp.Button(jp.Text("Add point"), jp.In(wp))
	add.On("click", func(self *jp.Element, msg *jp.Msg) error {
		c.Append("cpu", []any{[]any{next, next}}, 4)
		next++
		return nil
	})
	title := jp.Button(jp.Text("Title"), jp.In(wp))
	title.On("click", func(self *jp.Element, msg *jp.Msg) error {
		c.Options["title"] = jp.M{"text": "CPU"}
		return nil
	})
	clicked := jp.P(jp.ID("clicked"), jp.In(wp))
	c.On("click", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		clicked.Text = fmt.Sprintf("Clicked: %v %v %v", d["seriesName"], d["dataIndex"], d["value"])
		return nil
	})
	return wp
}

type person struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Age  int    `json:"age"`
}

// gridPage has a grid of people, editable, that buttons change.
func gridPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	g := jp.AgGrid([]person{{1, "Ada", 36}, {2, "Grace", 30}, {3, "Linus", 28}}, jp.Style("display:block;width:600px;height:300px"), jp.In(wp))
	for _, c := range g.Columns {
		c["editable"] = true
	}
	g.Options["animateRows"] = false // a test clicks rows where they are
	g.Options["rowSelection"] = jp.M{"mode": "multiRow"}
	add := jp.Button(jp.Text("Add row"), jp.In(wp))
	add.On("click", func(self *jp.Element, msg *jp.Msg) error { return g.Upsert(person{4, "Barbara", 40}) })
	rename := jp.Button(jp.Text("Rename"), jp.In(wp))
	rename.On("click", func(self *jp.Element, msg *jp.Msg) error { g.Row(1)["name"] = "Ada Lovelace"; return nil })
	remove := jp.Button(jp.Text("Remove"), jp.In(wp))
	remove.On("click", func(self *jp.Element, msg *jp.Msg) error { g.Remove(3); return nil })
	shown := jp.P(jp.ID("event"), jp.In(wp))
	g.On("cellClicked", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		shown.Text = fmt.Sprintf("Clicked: %v %v %v", d["rowId"], d["column"], d["value"])
		return nil
	})
	sorted := jp.P(jp.ID("sorted"), jp.In(wp))
	g.On("sortChanged", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		sorted.Text = fmt.Sprintf("Sorted: %v", d["sort"])
		return nil
	})
	g.On("selectionChanged", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		sorted.Text = fmt.Sprintf("Selected: %v", d["selected"])
		return nil
	})
	g.On("cellValueChanged", func(self *jp.Element, msg *jp.Msg) error {
		d, _ := msg.Detail.(map[string]any)
		shown.Text = fmt.Sprintf("Edited: %v %v %v, server row %v", d["rowId"], d["column"], d["newValue"], g.Row(d["rowId"])[d["column"].(string)])
		return nil
	})
	return wp
}

// streamPage has a zoomable chart a button streams ten points into, one
// update each.
func streamPage(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	var data []any
	for i := 0; i < 100; i++ {
		data = append(data, []any{i, i % 7})
	}
	c := jp.EChart(jp.M{
		"animation": false,
		"xAxis":     jp.M{"type": "value"},
		"yAxis":     jp.M{"type": "value"},
		"dataZoom":  []jp.M{{"type": "inside"}, {"type": "slider"}},
		"series":    []jp.M{{"id": "s", "type": "line", "data": data}},
	}, jp.Style("display:block;width:600px;height:300px"), jp.In(wp))
	next := 100
	b := jp.Button(jp.Text("Stream"), jp.In(wp))
	b.On("click", func(self *jp.Element, msg *jp.Msg) error {
		for i := 0; i < 10; i++ {
			c.Append("s", []any{[]any{next, next % 7}}, 0)
			next++
			msg.Page.Update()
		}
		return nil
	})
	return wp
}

// bigGrid has 10,000 rows; a button changes one.
func bigGrid(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	rows := make([]jp.M, 10000)
	for i := range rows {
		rows[i] = jp.M{"id": i, "name": fmt.Sprintf("row %d", i), "n": i}
	}
	g := jp.AgGrid(rows, jp.Style("display:block;width:600px;height:300px"), jp.In(wp))
	g.Options["rowSelection"] = jp.M{"mode": "multiRow"}
	b := jp.Button(jp.Text("Upsert"), jp.In(wp))
	b.On("click", func(self *jp.Element, msg *jp.Msg) error {
		return g.Upsert(jp.M{"id": 5000, "name": "changed", "n": -1})
	})
	return wp
}

func newApp(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/slow", slow)
	jp.Route(app, "/shared", func(*jp.Request) *jp.WebPage { return shared })
	jp.Route(app, "/late", late)
	jp.Route(app, "/chart", chartPage)
	jp.Route(app, "/grid", gridPage)
	jp.Route(app, "/stream", streamPage)
	jp.Route(app, "/bigrid", bigGrid)
	jp.Route(app, "/resync", func(*jp.Request) *jp.WebPage { return resync })
	app.Handle("/cut", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conns.Range(func(c, _ any) bool {
			if c := c.(net.Conn); c.RemoteAddr().String() != r.RemoteAddr {
				c.Close()
				conns.Delete(c)
			}
			return true
		})
		resync.DoWait(func() {
			count := resync.Components()[2].(*jp.Element)
			count.Text = "1"
		})
	}))
	return app
}

func main() {
	cfg, err := jp.LoadConfig()
	if err != nil {
		panic(err)
	}
	ln, err := net.Listen("tcp", cfg.Addr())
	if err != nil {
		panic(err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := newApp(cfg).Serve(ctx, tracked{ln}); err != nil {
		panic(err)
	}
}
