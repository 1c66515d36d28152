package wiretest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/justgo/justgo/page"
)

// Golden is what a scenario sends one browser: its first paint, then the
// messages of each step, ids renamed (Names).
type Golden struct {
	HTML  string       `json:"html"`
	Steps []GoldenStep `json:"steps"`
}

// GoldenStep is the messages one step sent, none when nothing changed.
type GoldenStep struct {
	Step     string            `json:"step"`
	Messages []json.RawMessage `json:"messages"`
}

// Encode writes g as its golden file has it: valid JSON with each message
// on a line of its own, compact, as it travels.
func (g *Golden) Encode() []byte {
	var b bytes.Buffer
	b.WriteString("{\n  \"html\": " + quote(g.HTML) + ",\n  \"steps\": [")
	for i, st := range g.Steps {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n    {\"step\": " + quote(st.Step) + ", \"messages\": [")
		for j, m := range st.Messages {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString("\n      " + Compact(m))
		}
		if len(st.Messages) > 0 {
			b.WriteString("\n    ")
		}
		b.WriteString("]}")
	}
	b.WriteString("\n  ]\n}\n")
	return b.Bytes()
}

// quote writes s as a JSON string, markup unescaped.
func quote(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}

// ReadGolden reads a golden file.
func ReadGolden(path string) (*Golden, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Golden
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &g, nil
}

// Compact is msg in compact form, as the server sends it.
func Compact(msg []byte) string {
	var b bytes.Buffer
	if err := json.Compact(&b, msg); err != nil {
		return string(msg)
	}
	return b.String()
}

// Record runs sc on a page of its own with one browser, a Recorder, and
// returns what the browser was sent.
func Record(sc Scenario) (*Golden, error) {
	wp := page.NewWebPage()
	steps := sc.Build(wp)
	reg := page.NewRegistry(time.Minute)
	defer reg.Close()
	const session = "s"
	if err := reg.Serve(wp, session); err != nil {
		return nil, err
	}
	var html strings.Builder
	version, err := wp.Render(&html)
	if err != nil {
		return nil, err
	}
	names := NewNames()
	g := &Golden{HTML: names.HTML(html.String())}
	rec := &Recorder{}
	attach := func() error {
		if _, err := reg.Attach(wp.ID(), session, "", rec, version); err != nil {
			return err
		}
		wp.DoWait(func() {}) // it has joined
		return nil
	}
	if err := attach(); err != nil {
		return nil, err
	}
	for _, st := range steps {
		if st.Offline {
			reg.Detach(wp, rec)
			wp.DoWait(st.Change)
			rec = &Recorder{}
			if err := attach(); err != nil {
				return nil, err
			}
		} else {
			wp.DoWait(st.Change)
		}
		gs := GoldenStep{Step: st.Name, Messages: []json.RawMessage{}}
		for _, m := range rec.Take() {
			if v := Version(m); v != 0 {
				version = v
			}
			named, err := names.Message(m)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", st.Name, err)
			}
			gs.Messages = append(gs.Messages, named)
		}
		g.Steps = append(g.Steps, gs)
	}
	return g, nil
}

// Recorder is a connection that keeps what the page sends it.
type Recorder struct {
	mu   sync.Mutex
	msgs [][]byte
}

// Send keeps msg.
func (r *Recorder) Send(msg []byte) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.msgs = append(r.msgs, msg)
}

// Close does nothing: a Recorder is closed with its test.
func (r *Recorder) Close(int, string) {}

// Take returns what was sent since the last Take.
func (r *Recorder) Take() [][]byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := r.msgs
	r.msgs = nil
	return m
}

var _ page.Conn = (*Recorder)(nil)
