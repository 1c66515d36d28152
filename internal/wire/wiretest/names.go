package wiretest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/justgo/justgo/internal/wire"
)

// Names renames element ids to e1, e2, ... in the order they first
// appear: in a page's first paint, then in the messages sent to it. Ids
// count up across a process, so two runs of a scenario compare only so.
type Names struct {
	ids map[string]string
}

// NewNames returns Names that know no id yet.
func NewNames() *Names { return &Names{ids: map[string]string{}} }

func (n *Names) name(id string) string {
	if id == wire.RootID {
		return id
	}
	if s, ok := n.ids[id]; ok {
		return s
	}
	s := "e" + strconv.Itoa(len(n.ids)+1)
	n.ids[id] = s
	return s
}

// idsInHTML finds the ids of elements and of text nodes in rendered HTML.
var idsInHTML = regexp.MustCompile(regexp.QuoteMeta(wire.AttrID) + `="([^"]*)"|<!--` + regexp.QuoteMeta(wire.TextMarker) + `(.*?)-->`)

// HTML renames the ids in rendered HTML.
func (n *Names) HTML(s string) string {
	return idsInHTML.ReplaceAllStringFunc(s, func(m string) string {
		sub := idsInHTML.FindStringSubmatch(m)
		if strings.HasPrefix(m, wire.AttrID) {
			return wire.AttrID + `="` + n.name(sub[1]) + `"`
		}
		return "<!--" + wire.TextMarker + n.name(sub[2]) + "-->"
	})
}

// envelope is a patch as it travels: the Patch with the type and ack.
type envelope struct {
	Type string `json:"t"`
	Ack  uint64 `json:"ack"`
	wire.Patch
}

// Message renames the ids in one message from the server. A patch must
// come out of decoding and encoding again as it went in: the wire types
// read what they write.
func (n *Names) Message(msg []byte) ([]byte, error) {
	var e envelope
	if err := json.Unmarshal(msg, &e); err != nil {
		return nil, err
	}
	if e.Type != wire.TypePatch {
		return msg, nil
	}
	again, err := encodePatch(e.Ack, &e.Patch)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(again, msg) {
		return nil, fmt.Errorf("the patch changed through decoding:\nsent  %s\nagain %s", msg, again)
	}
	for i := range e.Ops {
		op := &e.Ops[i]
		op.ID = n.name(op.ID)
		if op.Kids != nil {
			n.kids(*op.Kids)
		}
	}
	return encodePatch(e.Ack, &e.Patch)
}

func (n *Names) kids(kids []wire.Kid) {
	for i := range kids {
		k := &kids[i]
		if k.Node == nil {
			k.Ref = n.name(k.Ref)
			continue
		}
		k.Node.ID = n.name(k.Node.ID)
		n.kids(k.Node.Kids)
	}
}

func encodePatch(ack uint64, p *wire.Patch) ([]byte, error) {
	body, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	return wire.Envelope(ack, body), nil
}

// Version is the page version a patch leaves the browser at, or 0 for
// another message.
func Version(msg []byte) uint64 {
	var e envelope
	if json.Unmarshal(msg, &e) != nil || e.Type != wire.TypePatch {
		return 0
	}
	return e.Version
}
