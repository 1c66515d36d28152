package wire

import (
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// MarshalPatch encodes p as encoding/json does. The patches most flushes
// make — ops that change an element's text, class, style, value, checked
// state, visibility or raw HTML, and nothing else — are written without
// reflection; the others go through encoding/json. A test holds the two to
// the same bytes (FuzzMarshalPatch).
func MarshalPatch(p *Patch) ([]byte, error) {
	if !plainPatch(p) {
		return json.Marshal(p)
	}
	b := make([]byte, 0, 64+48*len(p.Ops))
	b = append(b, `{"v":`...)
	b = strconv.AppendUint(b, p.Version, 10)
	if len(p.Ops) > 0 {
		b = append(b, `,"ops":[`...)
		for i := range p.Ops {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendOp(b, &p.Ops[i])
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// plainPatch reports whether p has ops only, each of fields appendOp
// writes.
func plainPatch(p *Patch) bool {
	if p.URL != "" || p.Title != nil || p.Body != nil || p.Redirect != "" || p.Reload ||
		len(p.JS) > 0 || len(p.Calls) > 0 || len(p.Load) > 0 {
		return false
	}
	for i := range p.Ops {
		if o := &p.Ops[i]; o.Attrs != nil || o.Props != nil || o.On != nil || o.Kids != nil {
			return false
		}
	}
	return true
}

// appendOp writes a plain op's fields in Op's order, as encoding/json does.
func appendOp(b []byte, o *Op) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, o.ID)
	b = appendOptString(b, `,"text":`, o.Text)
	b = appendOptString(b, `,"class":`, o.Class)
	b = appendOptString(b, `,"style":`, o.Style)
	b = appendOptBool(b, `,"show":`, o.Show)
	b = appendOptString(b, `,"value":`, o.Value)
	b = appendOptBool(b, `,"checked":`, o.Checked)
	b = appendOptString(b, `,"html":`, o.HTML)
	return append(b, '}')
}

func appendOptString(b []byte, key string, s *string) []byte {
	if s == nil {
		return b
	}
	return appendString(append(b, key...), *s)
}

func appendOptBool(b []byte, key string, v *bool) []byte {
	if v == nil {
		return b
	}
	return strconv.AppendBool(append(b, key...), *v)
}

// appendString writes s as a JSON string the way json.Marshal does: "<",
// ">" and "&" escaped for HTML, control characters as \n, \t… or \u00XX,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped for JavaScript.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
