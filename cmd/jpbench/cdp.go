package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// A headless Chromium driven over the DevTools protocol, as little of it as
// the click-to-screen figure needs: tabs, navigation and evaluating
// JavaScript. (A full client would be a dependency of the module for one
// figure of a tool.)

// chromiumPath is where -baseline looks for Chromium by default.
const chromiumPath = "/usr/bin/chromium"

// chromium is a running browser and the websocket to it.
type chromium struct {
	cmd *exec.Cmd
	dir string // its profile, removed on close
	ws  *websocket.Conn

	writeMu sync.Mutex
	mu      sync.Mutex
	nextID  int64
	waiting map[int64]chan cdpReply
	closed  chan struct{} // reading stopped; err says why
	err     error
}

type cdpReply struct {
	ID     int64           `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error"`
}

// devToolsWait is how long Chromium has to say where its DevTools are.
var devToolsWait = 30 * time.Second

// errNoDevTools is a Chromium that did not say it in time.
var errNoDevTools = errors.New("no DevTools address in time")

// startChromium starts Chromium at path with a profile of its own and
// connects to it. The caller closes it. A start that hangs, as one does now
// and then on a busy machine, is tried once more.
func startChromium(path string) (*chromium, error) {
	c, err := startChromiumOnce(path)
	if errors.Is(err, errNoDevTools) {
		c, err = startChromiumOnce(path)
	}
	return c, err
}

func startChromiumOnce(path string) (*chromium, error) {
	dir, err := os.MkdirTemp("", "jpbench-chromium-")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(path, "--headless=new", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--no-first-run",
		"--no-default-browser-check", "--remote-debugging-port=0", "--user-data-dir="+dir, "about:blank")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	c := &chromium{cmd: cmd, dir: dir, waiting: map[int64]chan cdpReply{}, closed: make(chan struct{})}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		var last []string
		for sc.Scan() {
			if _, url, ok := strings.Cut(sc.Text(), "DevTools listening on "); ok {
				found <- strings.TrimSpace(url)
				io.Copy(io.Discard, stderr) // a full pipe would stall it
				return
			}
			last = append(last[max(0, len(last)-4):], sc.Text())
		}
		found <- "exited: " + strings.Join(last, "\n")
	}()
	var url string
	select {
	case url = <-found:
	case <-time.After(devToolsWait):
		c.close()
		return nil, fmt.Errorf("starting %s: %w", path, errNoDevTools)
	}
	if !strings.HasPrefix(url, "ws://") {
		c.close()
		return nil, fmt.Errorf("starting %s: %s", path, url)
	}
	if c.ws, _, err = websocket.DefaultDialer.Dial(url, nil); err != nil {
		c.close()
		return nil, fmt.Errorf("connecting to %s: %w", path, err)
	}
	go c.read()
	return c, nil
}

// read hands each reply to its caller; events are dropped, as nothing here
// listens to any.
func (c *chromium) read() {
	defer close(c.closed)
	for {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			c.err = err
			return
		}
		var r cdpReply
		if json.Unmarshal(msg, &r) != nil || r.ID == 0 {
			continue
		}
		c.mu.Lock()
		ch := c.waiting[r.ID]
		delete(c.waiting, r.ID)
		c.mu.Unlock()
		if ch != nil {
			ch <- r
		}
	}
}

// call sends a command, to the browser when session is "" or else to the
// session's target, and decodes its result into result (unless nil).
func (c *chromium) call(ctx context.Context, session, method string, params, result any) error {
	ch := make(chan cdpReply, 1)
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	c.waiting[id] = ch
	c.mu.Unlock()
	defer func() { c.mu.Lock(); delete(c.waiting, id); c.mu.Unlock() }()
	msg := struct {
		ID        int64  `json:"id"`
		SessionID string `json:"sessionId,omitempty"`
		Method    string `json:"method"`
		Params    any    `json:"params,omitempty"`
	}{id, session, method, params}
	c.writeMu.Lock()
	err := c.ws.WriteJSON(msg)
	c.writeMu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case r := <-ch:
		if r.Error != nil {
			return fmt.Errorf("%s: %s", method, r.Error.Message)
		}
		if result == nil {
			return nil
		}
		return json.Unmarshal(r.Result, result)
	case <-c.closed:
		return fmt.Errorf("%s: the browser's connection closed: %v", method, c.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// close ends the browser, asking first and killing it if it does not
// go, and removes its profile.
func (c *chromium) close() {
	if c.ws != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		c.call(ctx, "", "Browser.close", nil, nil)
		cancel()
		c.ws.Close()
	}
	waitOrKill(c.cmd)
	os.RemoveAll(c.dir)
}

// tab is a page target, attached with a session of its own.
type tab struct {
	c       *chromium
	session string
}

// open makes a new tab, shows url in it and waits until ready (a
// JavaScript expression) is true there.
func (c *chromium) open(ctx context.Context, url, ready string) (*tab, error) {
	var target struct {
		TargetID string `json:"targetId"`
	}
	if err := c.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := c.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return nil, err
	}
	t := &tab{c: c, session: attached.SessionID}
	var nav struct {
		ErrorText string `json:"errorText"`
	}
	if err := c.call(ctx, t.session, "Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return nil, err
	}
	if nav.ErrorText != "" {
		return nil, fmt.Errorf("navigating to %s: %s", url, nav.ErrorText)
	}
	// Asked from here, again and again: the navigation replaces the page
	// that an expression waiting inside it would be running in.
	deadline := time.Now().Add(15 * time.Second)
	for {
		var ok bool
		err := t.eval(ctx, ready, &ok)
		if err == nil && ok {
			return t, nil
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("%s: waited 15s for %s (last error: %v)", url, ready, err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// eval runs expr in the tab, awaiting it if it is a promise, and decodes its
// value into result. An exception thrown, or a promise rejected, is the
// error.
func (t *tab) eval(ctx context.Context, expr string, result any) error {
	var r struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception *struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	err := t.c.call(ctx, t.session, "Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}, &r)
	if err != nil {
		return err
	}
	if e := r.ExceptionDetails; e != nil {
		if e.Exception != nil && e.Exception.Description != "" {
			return errors.New(e.Exception.Description)
		}
		return errors.New(e.Text)
	}
	if len(r.Result.Value) == 0 {
		return fmt.Errorf("%.80s gave no value", expr)
	}
	return json.Unmarshal(r.Result.Value, result)
}
