package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/pprof"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
)

// serveEnv makes the jpbench binary (or its test binary) the server process.
const serveEnv = "JPBENCH_SERVE"

// memProfileEnv sets the server process's runtime.MemProfileRate: one
// sample every that many bytes allocated.
const memProfileEnv = "JPBENCH_MEMPROFILERATE"

// stats is the server process's state, for the memory figures.
type stats struct {
	Heap       float64 `json:"heap"`  // bytes, after GC
	Stack      float64 `json:"stack"` // bytes of goroutine stacks
	RSS        float64 `json:"rss"`   // bytes
	Goroutines int     `json:"goroutines"`
	Pages      int     `json:"pages"`
	Allocated  float64 `json:"allocated"` // bytes allocated since the process started
	GCs        uint32  `json:"gcs"`       // collections since then, the three of each stats call included
}

// serve runs the server side: the session page at / (and with a Shared
// element at /_bench/shared), a bare websocket echo at /_bench/echo?size=N,
// the bare floors of a page load (/_bench/bare) and of a click in a browser
// (/_bench/barepage, /_bench/barews), the process's stats at /_bench/stats
// and its profiles at /_bench/profile (CPU) and /_bench/heap. It prints its
// address, then serves until its standard input closes.
func serve(elements int) {
	if rate, err := strconv.Atoi(os.Getenv(memProfileEnv)); err == nil {
		runtime.MemProfileRate = rate
	}
	if err := raiseFileLimit(0); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	cfg := jp.DefaultConfig()
	cfg.MaxMessagesPerSecond = 0 // the clients click as fast as they can
	cfg.MaxPagesPerSession = 0
	cfg.MaxPages = 0 // the page loads leave many pages behind
	// and none may expire during the run: the memory figures count pages,
	// and the floors run between the loads and them
	cfg.PageTimeout, cfg.NewPageTimeout = 10*time.Minute, 10*time.Minute
	app := jp.NewApp(jp.WithConfig(cfg), jp.WithLogger(slog.New(slog.NewTextHandler(io.Discard, nil))))
	session := sessionPage(elements)
	jp.Route(app, "/", session)
	mux := http.NewServeMux()
	mux.Handle("/", app)
	// The session page with one Shared element, which every page that
	// shows it sends when /_bench/shared/change?text=T changes it.
	board := jp.Div(jp.Text("not changed yet"), jp.Classes("m-2 p-1"))
	shared := jp.NewShared(board)
	jp.Route(app, "/_bench/shared", func(r *jp.Request) *jp.WebPage {
		wp := session(r)
		wp.Add(shared)
		return wp
	})
	mux.HandleFunc("/_bench/shared/change", func(w http.ResponseWriter, r *http.Request) {
		text := r.URL.Query().Get("text")
		shared.Do(func() { board.Text = text })
	})
	mux.HandleFunc("/_bench/echo", echo)
	html, err := renderOnce(app)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	mux.Handle("/_bench/bare", bareLoad(cfg, html))
	mux.Handle("/_bench/barepage", barePage(html))
	mux.HandleFunc("/_bench/barews", bareClicks)
	mux.HandleFunc("/_bench/profile", pprof.Profile)  // a CPU profile of the server process, ?seconds=N
	mux.Handle("/_bench/heap", pprof.Handler("heap")) // what its heap holds, ?gc=1 after a collection
	mux.HandleFunc("/_bench/stats", func(w http.ResponseWriter, r *http.Request) {
		for range 3 {
			runtime.GC()
		}
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		json.NewEncoder(w).Encode(stats{Heap: float64(m.HeapAlloc), Stack: float64(m.StackInuse), RSS: rss(), Goroutines: runtime.NumGoroutine(), Pages: app.Pages(),
			Allocated: float64(m.TotalAlloc), GCs: m.NumGC})
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(ln.Addr())
	go http.Serve(ln, mux)
	io.Copy(io.Discard, os.Stdin) // the parent closes it, or exits
}

// echo answers every message with one of size bytes: the floor a websocket
// server cannot go below.
func echo(w http.ResponseWriter, r *http.Request) {
	size, _ := strconv.Atoi(r.URL.Query().Get("size"))
	reply := []byte(`{"t":"patch","ack":0,"v":0,"ops":[{"id":"0","text":"` + strings.Repeat("x", max(0, size-50)) + `"}]}`)
	var up websocket.Upgrader
	ws, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer ws.Close()
	for {
		if _, _, err := ws.ReadMessage(); err != nil {
			return
		}
		if ws.WriteMessage(websocket.TextMessage, reply) != nil {
			return
		}
	}
}

// rss reads the process's resident set size, 0 where /proc is not there.
func rss() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb * 1024
		}
	}
	return 0
}

// server is the child process that serves.
type server struct {
	cmd   *exec.Cmd
	stdin io.Closer
	URL   string
}

// startServer starts the server process, with env added to its
// environment.
func startServer(elements int, env ...string) (*server, error) {
	if _, child := os.LookupEnv(serveEnv); child {
		return nil, fmt.Errorf("the server process may not start another") // never a chain of them
	}
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(self)
	cmd.Env = append(append(os.Environ(), serveEnv+"="+strconv.Itoa(elements)), env...)
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		return nil, fmt.Errorf("the server process did not start: %w", err)
	}
	return &server{cmd: cmd, stdin: stdin, URL: "http://" + strings.TrimSpace(addr)}, nil
}

func (s *server) stop() {
	s.stdin.Close()
	waitOrKill(s.cmd)
}

// waitOrKill waits for a process asked to end, and kills it if it has not
// within 5 s.
func waitOrKill(cmd *exec.Cmd) {
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-done
	}
}

// heapProfile saves the server process's heap profile, after a
// collection, to file.
func (s *server) heapProfile(file string) error {
	resp, err := http.Get(s.URL + "/_bench/heap?gc=1")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if _, err := io.Copy(f, resp.Body); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (s *server) stats() (stats, error) {
	var st stats
	resp, err := http.Get(s.URL + "/_bench/stats")
	if err != nil {
		return st, err
	}
	defer resp.Body.Close()
	return st, json.NewDecoder(resp.Body).Decode(&st)
}

// sessionPage is the session example's page, with extra elements when asked.
func sessionPage(extra int) func(*jp.Request) *jp.WebPage {
	var mu sync.Mutex
	visits, events := map[string]int{}, map[string]int{}
	return func(r *jp.Request) *jp.WebPage {
		wp := jp.NewWebPage()
		mu.Lock()
		visits[r.SessionID]++
		v, e := visits[r.SessionID], events[r.SessionID]
		mu.Unlock()
		jp.Div(jp.Text("My session id: "+r.SessionID), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
		visitsDiv := jp.Div(jp.Text(fmt.Sprintf("Number of visits: %d", v)), jp.Classes("m-2 p-1 text-xl"), jp.In(wp))
		b := jp.Button(jp.Text(fmt.Sprintf("Number of Click Events: %d", e)), jp.Classes(jp.Styles.ButtonPill()), jp.In(wp))
		b.On("click", func(self *jp.Element, msg *jp.Msg) error {
			mu.Lock()
			defer mu.Unlock()
			events[msg.SessionID]++
			self.Text = fmt.Sprintf("Number of Click Events: %d", events[msg.SessionID])
			visitsDiv.Text = fmt.Sprintf("Number of visits: %d", visits[msg.SessionID])
			return nil
		})
		for i := range extra {
			jp.Div(jp.Text(fmt.Sprint("row ", i)), jp.Classes("m-1"), jp.In(wp))
		}
		return wp
	}
}
