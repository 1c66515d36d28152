package transport_test

import (
	"encoding/binary"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	jp "github.com/justgo/justgo"
	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/transport"
)

// lengthPage shows, on a click, how long the input's value is.
func lengthPage(*jp.Request) *jp.WebPage {
	wp := jp.NewWebPage()
	in := jp.Input(jp.Name("in"), jp.In(wp))
	jp.Button(jp.Text("length"), jp.In(wp)).On("click", func(self *jp.Element, _ *jp.Msg) error {
		self.Text = fmt.Sprint("length ", len(in.Value))
		return nil
	})
	return wp
}

// socket is a websocket to a loaded page, with the ids of its elements.
type socket struct {
	ws          *websocket.Conn
	input, butn string
}

var (
	pageRe    = regexp.MustCompile(`data-jp-page="([^"]+)"`)
	versionRe = regexp.MustCompile(`data-jp-v="([0-9]+)"`)
	inputRe   = regexp.MustCompile(`data-jp="([^"]+)"[^>]*name="in"`)
	buttonRe  = regexp.MustCompile(`data-jp="([^"]+)"[^>]*>length`)
)

// openLengthPage serves lengthPage and opens it as a browser does.
func openLengthPage(t *testing.T, opts ...jp.AppOption) *socket {
	t.Helper()
	app := jp.NewApp(opts...)
	jp.Route(app, "/", lengthPage)
	srv, hc, body := loadPage(t, app)
	page, version, in, btn := pageRe.FindSubmatch(body), versionRe.FindSubmatch(body), inputRe.FindSubmatch(body), buttonRe.FindSubmatch(body)
	if page == nil || version == nil || in == nil || btn == nil {
		t.Fatalf("not the page: %s", body)
	}
	h := http.Header{"Origin": {srv.URL}}
	u, _ := url.Parse(srv.URL)
	for _, c := range hc.Jar.Cookies(u) {
		h.Add("Cookie", c.Name+"="+c.Value)
	}
	ws, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(srv.URL, "http")+"/_jp/ws?page="+string(page[1])+"&v="+string(version[1]), h)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return &socket{ws: ws, input: string(in[1]), butn: string(btn[1])}
}

// frame is one final client frame of op carrying payload, masked with a
// zero key (which leaves the payload as it is), as a browser sends it.
func frame(op byte, payload string) []byte {
	b := []byte{0x80 | op}
	switch n := len(payload); {
	case n < 126:
		b = append(b, 0x80|byte(n))
	case n < 1<<16:
		b = append(b, 0x80|126)
		b = binary.BigEndian.AppendUint16(b, uint16(n))
	default:
		b = append(b, 0x80|127)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	return append(append(b, 0, 0, 0, 0), payload...)
}

// maskedFrame is frame with a mask key that changes every byte, as a
// browser's does.
func maskedFrame(op byte, payload string) []byte {
	b := frame(op, payload)
	start := len(b) - len(payload)
	key := []byte{0x5a, 0xc3, 0x17, 0xe8}
	copy(b[start-4:start], key)
	for i := range payload {
		b[start+i] ^= key[i&3]
	}
	return b
}

// raw writes frames to the connection in one write, past gorilla's writer.
func (s *socket) raw(t *testing.T, frames ...[]byte) {
	t.Helper()
	var all []byte
	for _, f := range frames {
		all = append(all, f...)
	}
	if _, err := s.ws.NetConn().Write(all); err != nil {
		t.Fatal(err)
	}
}

// expect reads the next message and checks that it holds want.
func (s *socket) expect(t *testing.T, want string) {
	t.Helper()
	s.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, msg, err := s.ws.ReadMessage()
	if err != nil {
		t.Fatalf("waiting for %s: %v", want, err)
	}
	if !strings.Contains(string(msg), want) {
		t.Fatalf("expected %s, got %.300s", want, msg)
	}
}

// Messages far bigger than a connection's read buffer arrive whole: one in
// many frames (gorilla's client splits it at its write buffer) and one in
// a single frame.
func TestAMessageBiggerThanTheReadBufferArrivesWhole(t *testing.T) {
	s := openLengthPage(t)
	value := strings.Repeat("x", 300_000)
	if err := s.ws.WriteMessage(websocket.TextMessage, fmt.Appendf(nil, `{"n":1,"t":"val","id":%q,"value":%q}`, s.input, value)); err != nil {
		t.Fatal(err)
	}
	s.ws.WriteMessage(websocket.TextMessage, fmt.Appendf(nil, `{"n":2,"t":"ev","id":%q,"ev":"click"}`, s.butn))
	s.expect(t, `"text":"length 300000"`)

	s.raw(t, frame(websocket.TextMessage, fmt.Sprintf(`{"n":3,"t":"val","id":%q,"value":%q}`, s.input, value[:200_001])),
		frame(websocket.TextMessage, fmt.Sprintf(`{"n":4,"t":"ev","id":%q,"ev":"click"}`, s.butn)))
	s.expect(t, `"text":"length 200001"`)
}

// Frames that arrive together are all read, pongs among them: the
// connection waits for a frame outside gorilla's reader and takes pongs
// itself, so neither may leave a message unread in its buffer.
func TestFramesInOneWriteAreAllRead(t *testing.T) {
	s := openLengthPage(t)
	s.raw(t, frame(websocket.PongMessage, ""), frame(websocket.TextMessage, `{"n":1,"t":"sync"}`),
		frame(websocket.PongMessage, "pong"), frame(websocket.TextMessage, `{"n":2,"t":"sync"}`))
	s.expect(t, `{"t":"synced","ack":1}`)
	s.expect(t, `{"t":"synced","ack":2}`)

	pong := frame(websocket.PongMessage, "late")
	s.raw(t, pong[:1]) // a frame cut anywhere is read once it is whole
	time.Sleep(50 * time.Millisecond)
	s.raw(t, pong[1:3])
	time.Sleep(50 * time.Millisecond)
	s.raw(t, pong[3:], frame(websocket.TextMessage, `{"n":3,"t":"sync"}`))
	s.expect(t, `{"t":"synced","ack":3}`)
}

// An idle browser that answers the server's pings keeps its connection
// for many read deadlines; its own ping is answered.
func TestPongsKeepAnIdleConnection(t *testing.T) {
	defer transport.SetTimingForTest(transport.Timing{Pong: 300 * time.Millisecond})()
	s := openLengthPage(t)
	pongs := make(chan struct{}, 1)
	s.ws.SetPongHandler(func(string) error { pongs <- struct{}{}; return nil })
	msgs := make(chan string)
	go func() { // a browser reads all along, answering pings
		defer close(msgs)
		for {
			_, msg, err := s.ws.ReadMessage()
			if err != nil {
				return
			}
			msgs <- string(msg)
		}
	}()
	time.Sleep(1200 * time.Millisecond) // four read deadlines
	s.raw(t, frame(websocket.PingMessage, "hello"), frame(websocket.TextMessage, `{"n":1,"t":"sync"}`))
	select {
	case msg := <-msgs:
		if msg != `{"t":"synced","ack":1}` {
			t.Fatalf("got %s", msg)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the idle connection was dropped")
	}
	select {
	case <-pongs:
	case <-time.After(5 * time.Second):
		t.Fatal("no pong for the browser's ping")
	}
}

// A pong that breaks the protocol (unmasked) is left to gorilla, which
// closes the connection for it.
func TestABadPongClosesTheConnection(t *testing.T) {
	s := openLengthPage(t)
	bad := frame(websocket.PongMessage, "x")
	bad[1] &^= 0x80 // no mask bit
	s.raw(t, append(bad[:2], bad[6:]...))
	s.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, _, err := s.ws.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseProtocolError) {
		t.Fatalf("got %v, want a close for a protocol error", err)
	}
}

// Messages are all read in order, whatever the mask, however the frames
// are cut or fragmented, and whatever the fast decoder leaves to
// encoding/json.
func TestSmallAndOtherMessagesAreReadInOrder(t *testing.T) {
	s := openLengthPage(t)
	click := func(n int) string { return fmt.Sprintf(`{"n":%d,"t":"ev","id":%q,"ev":"click"}`, n, s.butn) }
	value := func(n int, v string) string {
		return fmt.Sprintf(`{"n":%d,"t":"val","id":%q,"value":%q}`, n, s.input, v)
	}

	s.raw(t, maskedFrame(websocket.TextMessage, value(1, "abc")), maskedFrame(websocket.TextMessage, click(2)))
	s.expect(t, `"text":"length 3"`)

	// spaces and an escape: not the fast path's, still a small frame
	s.raw(t, maskedFrame(websocket.TextMessage, fmt.Sprintf(`{ "n": 3, "t": "val", "id": %q, "value": "a\"bc" }`, s.input)),
		maskedFrame(websocket.TextMessage, click(4)))
	s.expect(t, `"text":"length 4"`)

	// a small message in two fragments (opcode 0 continues it), then one
	// longer than a small frame
	first := maskedFrame(websocket.TextMessage, value(5, "")[:10])
	first[0] &^= 0x80 // not final
	s.raw(t, first, maskedFrame(0, value(5, "")[10:]), maskedFrame(websocket.TextMessage, click(6)))
	s.expect(t, `"text":"length 0"`)
	long := strings.Repeat("y", 200)
	s.raw(t, maskedFrame(websocket.TextMessage, value(7, long)), maskedFrame(websocket.TextMessage, click(8)))
	s.expect(t, `"text":"length 200"`)

	// a small frame cut anywhere is read once it is whole
	f := maskedFrame(websocket.TextMessage, value(9, "abcde"))
	for _, cut := range [][]byte{f[:1], f[1:4], f[4:12], f[12:]} {
		s.raw(t, cut)
		time.Sleep(20 * time.Millisecond)
	}
	s.raw(t, maskedFrame(websocket.TextMessage, click(10)))
	s.expect(t, `"text":"length 5"`)
}

// A message without a type is malformed.
func TestASmallMessageWithoutTypeClosesTheConnection(t *testing.T) {
	s := openLengthPage(t)
	s.raw(t, maskedFrame(websocket.TextMessage, `{"n":1,"id":"x"}`))
	s.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, _, err := s.ws.ReadMessage()
	if !websocket.IsCloseError(err, wire.CloseBadMessage) {
		t.Fatalf("got %v, want a close for a malformed message", err)
	}
}

// A limit below a frame's 125 bytes that need no extended length holds
// for those too.
func TestTheReadLimitHoldsForSmallMessages(t *testing.T) {
	cfg := jp.DefaultConfig()
	cfg.MaxMessageBytes = 40
	s := openLengthPage(t, jp.WithConfig(cfg))
	s.raw(t, maskedFrame(websocket.TextMessage, fmt.Sprintf(`{"n":1,"t":"val","id":%q,"value":"0123456789"}`, s.input)))
	s.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	_, _, err := s.ws.ReadMessage()
	if !websocket.IsCloseError(err, websocket.CloseMessageTooBig) {
		t.Fatalf("got %v, want a close for a message too big", err)
	}
}
