package transport

import (
	"encoding/json"
	"errors"
	"unicode/utf8"

	"github.com/justgo/justgo/internal/wire"
)

// Decode parses one browser message. Unknown fields are ignored; a message
// without a type is an error.
func Decode(data []byte) (*wire.ClientMsg, error) {
	m, ok := decodeFlat(data)
	if !ok {
		m = wire.ClientMsg{}
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, err
		}
	}
	if m.Type == "" {
		return nil, errors.New("message has no type")
	}
	return &m, nil
}

// decodeFlat decodes, without reflection, the messages most are: a click's
// or a typed value's, an object of n, t, id, ev and value written as the
// client's JSON.stringify writes them (no spaces, strings without escapes).
// It reports false for anything else, which encoding/json then decodes or
// refuses; what it accepts, encoding/json decodes the same (FuzzDecode).
func decodeFlat(data []byte) (m wire.ClientMsg, ok bool) {
	d := flat{data: data}
	if !d.take('{') || d.take('}') {
		return m, false
	}
	for {
		key, ok := d.str()
		if !ok || !d.take(':') {
			return m, false
		}
		switch string(key) { // compared, not allocated
		case "n":
			if m.N, ok = d.uint(); !ok {
				return m, false
			}
		case "t", "id", "ev", "value":
			s, ok := d.str()
			if !ok {
				return m, false
			}
			switch string(key) {
			case "t":
				m.Type = msgType(s)
			case "id":
				m.ID = string(s)
			case "ev":
				m.Event = string(s)
			default:
				v := string(s)
				m.Value = &v
			}
		default:
			return m, false
		}
		if d.take('}') {
			return m, d.i == len(data)
		}
		if !d.take(',') {
			return m, false
		}
	}
}

// msgType is the message type s names, the wire's own string for those
// the client sends, so that reading one allocates nothing.
func msgType(s []byte) string {
	for _, t := range [...]string{wire.TypeEvent, wire.TypeValue, wire.TypeSync} {
		if string(s) == t {
			return t
		}
	}
	return string(s)
}

// flat reads decodeFlat's message.
type flat struct {
	data []byte
	i    int
}

func (d *flat) take(c byte) bool {
	if d.i < len(d.data) && d.data[d.i] == c {
		d.i++
		return true
	}
	return false
}

// str reads a string without escapes or control characters, in UTF-8.
func (d *flat) str() ([]byte, bool) {
	if !d.take('"') {
		return nil, false
	}
	start := d.i
	for ; d.i < len(d.data); d.i++ {
		switch c := d.data[d.i]; {
		case c == '"':
			s := d.data[start:d.i]
			d.i++
			return s, utf8.Valid(s)
		case c == '\\' || c < 0x20:
			return nil, false
		}
	}
	return nil, false
}

// uint reads a JSON number that is an unsigned integer of at most 19
// digits, which always fits a uint64.
func (d *flat) uint() (uint64, bool) {
	start := d.i
	var n uint64
	for ; d.i < len(d.data) && d.data[d.i] >= '0' && d.data[d.i] <= '9'; d.i++ {
		n = n*10 + uint64(d.data[d.i]-'0')
	}
	digits := d.i - start
	if digits == 0 || digits > 19 || digits > 1 && d.data[start] == '0' {
		return 0, false
	}
	return n, true
}
