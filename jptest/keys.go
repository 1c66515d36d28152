package jptest

import (
	"strings"
	"unicode"

	"github.com/justgo/justgo/internal/wire"
)

// Press presses a key in n and lets it go, as a person does: keydown, then
// keyup, each to n and the elements around it that listen for it, with
// the key as the browser names it (msg.KeyData.Key: "Enter", "Escape",
// "a") and its code ("Enter", "KeyA"). It types nothing: Type does.
func (p *Page) Press(n *Node, key string) {
	p.t().Helper()
	if !shown(p.root, n) {
		p.t().Fatalf("jptest: the element to press %s in is hidden", key)
	}
	k := &wire.KeyData{Key: key, Code: keyCode(key)}
	for _, event := range []string{"keydown", "keyup"} {
		msgs := p.fire(nil, n, event, nil)
		for i := range msgs {
			if msgs[i].Type == wire.TypeEvent {
				msgs[i].Key = k
			}
		}
		p.send(msgs...)
	}
}

// keyCode is KeyboardEvent.code for a key on a US keyboard: KeyA for a,
// Digit1 for 1, the key's own name for Enter, Escape, Tab…
func keyCode(key string) string {
	r := []rune(key)
	switch {
	case len(r) == 1 && unicode.IsLetter(r[0]):
		return "Key" + strings.ToUpper(key)
	case len(r) == 1 && unicode.IsDigit(r[0]):
		return "Digit" + key
	case key == " ":
		return "Space"
	}
	return key
}
