// Command widgetlab serves the pages the widget tests need beyond the
// gallery: a slow handler, a page shown by everyone, a page that gets its
// first widget late, and a way to cut every connection while the page
// changes.
package main

import (
	"context"
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

// late has no widget until its button adds a dialog, opens it and focuses
// the input in it, all in one update.
func late(r *jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	b := jp.Button(jp.Text("Add dialog"), jp.In(wp))
	b.On("click", func(self *jp.Element, msg *jp.Msg) error {
		d := wa.Dialog(wa.Label("Late"), jp.In(msg.Page))
		in := wa.Input(wa.Label("Inside"), jp.In(d))
		d.SetProp("open", true)
		in.Call("focus")
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
	return wp
}()

func newApp(cfg jp.Config) *jp.App {
	app := jp.NewApp(jp.WithConfig(cfg))
	jp.Route(app, "/slow", slow)
	jp.Route(app, "/shared", func(*jp.Request) *jp.WebPage { return shared })
	jp.Route(app, "/late", late)
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
