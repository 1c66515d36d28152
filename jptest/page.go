package jptest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"
	"slices"

	"github.com/justgo/justgo/component"
	"strconv"
	"strings"
	"time"

	"github.com/justgo/justgo/internal/wire"
	"github.com/justgo/justgo/page"
)

// Text is the page's visible text, white space collapsed.
func (p *Page) Text() string { return p.root.VisibleText() }

// Sees reports whether the page shows text.
func (p *Page) Sees(text string) bool { return strings.Contains(p.Text(), text) }

// ShouldSee fails the test unless the page shows text.
func (p *Page) ShouldSee(text string) {
	p.t().Helper()
	if !p.Sees(text) {
		p.t().Errorf("jptest: the page does not show %q; it shows:\n%s", text, p.Text())
	}
}

// ShouldNotSee fails the test if the page shows text.
func (p *Page) ShouldNotSee(text string) {
	p.t().Helper()
	if p.Sees(text) {
		p.t().Errorf("jptest: the page shows %q:\n%s", text, p.Text())
	}
}

// URL is the path the browser's address bar shows (display_url included).
func (p *Page) URL() string {
	if p.url != "" {
		return p.url
	}
	return p.path
}

// Title is the document title.
func (p *Page) Title() string { return p.title }

// Redirect is where the server sent the browser, or "".
func (p *Page) Redirect() string { return p.redirect }

// Follow opens the page the server redirected to, in the same browser.
func (p *Page) Follow() *Page {
	p.t().Helper()
	if p.redirect == "" {
		p.t().Fatalf("jptest: the page was not redirected")
	}
	return p.u.Open(p.redirect)
}

// Errors are the handler errors the server reported to this page.
func (p *Page) Errors() []string { return p.errors }

// Root is the page's root; its children are the page's components.
func (p *Page) Root() *Node { return p.root }

// find returns the first node, in document order, for which match holds.
func (p *Page) find(what string, match func(*Node) bool) *Node {
	p.t().Helper()
	var found *Node
	p.root.walk(func(n *Node) {
		if found == nil && n != p.root && match(n) {
			found = n
		}
	})
	if found == nil {
		p.t().Fatalf("jptest: no element %s on the page:\n%s", what, p.Text())
	}
	return found
}

// ByText returns the innermost shown element whose text contains text.
func (p *Page) ByText(text string) *Node {
	p.t().Helper()
	return p.find("with text "+text, func(n *Node) bool {
		if n.Tag == component.TextTag || !strings.Contains(n.VisibleText(), text) || !shown(p.root, n) {
			return false
		}
		return !slices.ContainsFunc(n.Kids, func(k *Node) bool { return k.Tag != component.TextTag && strings.Contains(k.VisibleText(), text) })
	})
}

// ByName returns the first element with the name attribute name.
func (p *Page) ByName(name string) *Node {
	p.t().Helper()
	return p.find("named "+name, func(n *Node) bool { return n.Attrs["name"] == name })
}

// ByPlaceholder returns the first input or textarea whose placeholder is
// text.
func (p *Page) ByPlaceholder(text string) *Node {
	p.t().Helper()
	return p.find("with placeholder "+text, func(n *Node) bool { return n.Attrs["placeholder"] == text })
}

// All returns the elements with the tag, in document order.
func (p *Page) All(tag string) []*Node {
	var list []*Node
	p.root.walk(func(n *Node) {
		if n.Tag == tag && n != p.root {
			list = append(list, n)
		}
	})
	return list
}

// ByID returns the element with the HTML id attribute id.
func (p *Page) ByID(id string) *Node {
	p.t().Helper()
	return p.find("with id "+id, func(n *Node) bool { return n.Attrs["id"] == id })
}

// shown reports whether n and its ancestors are not hidden.
func shown(root, n *Node) bool {
	return !slices.ContainsFunc(pathTo(root, n), func(c *Node) bool { return c.Hidden })
}

// pathTo returns the nodes from root down to n.
func pathTo(root, n *Node) []*Node {
	var path []*Node
	var walk func(*Node) bool
	walk = func(c *Node) bool {
		path = append(path, c)
		if c == n {
			return true
		}
		for _, k := range c.Kids {
			if walk(k) {
				return true
			}
		}
		path = path[:len(path)-1]
		return false
	}
	walk(root)
	return path
}

// nonBubbling are the events that reach only their target.
var nonBubbling = []string{"focus", "blur", "mouseenter", "mouseleave", "load", "scroll"}

// Click clicks n, sending the click if the server listens for it, and
// click__out to the elements listening for it that do not contain n.
func (p *Page) Click(n *Node) {
	p.t().Helper()
	inside := pathTo(p.root, n)
	var outs []wire.ClientMsg
	p.root.walk(func(o *Node) {
		if o.Listens("click__out") && !slices.Contains(inside, o) {
			outs = append(outs, wire.ClientMsg{Type: wire.TypeEvent, ID: o.ID, Event: "click__out"})
		}
	})
	p.send(outs...) // the browser's capturing listener runs before the click's
	p.Trigger(n, "click")
	if submits(n) {
		path := pathTo(p.root, n)
		for i := len(path) - 1; i >= 0; i-- {
			if path[i].Tag == "form" {
				p.Trigger(path[i], "submit")
				break
			}
		}
	}
}

// submits reports whether clicking n submits its form.
func submits(n *Node) bool {
	t := n.Attrs["type"]
	return n.Tag == "button" && (t == "" || t == "submit") || n.Tag == "input" && (t == "submit" || t == "image")
}

// Trigger sends an event of any type for n, and waits until the server has
// handled it. As in a browser, the event bubbles: every element from n up
// that the server listens on gets it, n first (focus, blur, mouseenter and
// mouseleave reach n alone).
func (p *Page) Trigger(n *Node, event string) {
	p.t().Helper()
	if !shown(p.root, n) {
		p.t().Fatalf("jptest: the element to %s is hidden", event)
	}
	path := pathTo(p.root, n)
	if slices.Contains(nonBubbling, event) {
		path = path[len(path)-1:]
	}
	var msgs []wire.ClientMsg
	for i := len(path) - 1; i >= 0; i-- {
		c := path[i]
		if c == p.root || !c.Listens(event) {
			continue
		}
		m := wire.ClientMsg{Type: wire.TypeEvent, ID: c.ID, Event: event}
		if event == "submit" && c.Tag == "form" {
			m.Form = p.formData(c)
		}
		if isControl(c) {
			v, checked := c.Value, c.Checked
			m.Value = &v
			if hasChecked(c) {
				m.Checked = &checked
			}
		}
		msgs = append(msgs, m)
	}
	p.send(msgs...) // with none, nothing goes to the server, as in a browser
}

// Type types text into an input or textarea, key by key, after what it
// holds, as a person does: each keystroke's value reaches the server, and
// "input" events go where the server listens for them. Into an
// InputChangeOnly nothing goes until Change.
func (p *Page) Type(n *Node, text string) {
	p.t().Helper()
	if page.ChangeOnly(n.On) {
		n.Value += text
		return
	}
	var msgs []wire.ClientMsg
	for _, r := range text {
		n.Value += string(r)
		v := n.Value
		if n.Listens("input") {
			msgs = append(msgs, wire.ClientMsg{Type: wire.TypeEvent, ID: n.ID, Event: "input", Value: &v})
		} else {
			msgs = append(msgs, wire.ClientMsg{Type: wire.TypeValue, ID: n.ID, Value: &v})
		}
	}
	p.edited[n.ID] = p.seq + uint64(len(msgs))
	p.send(msgs...)
}

// Clear empties an input or textarea.
func (p *Page) Clear(n *Node) {
	p.t().Helper()
	n.Value = ""
	v := ""
	p.edited[n.ID] = p.seq + 1
	p.send(wire.ClientMsg{Type: wire.TypeValue, ID: n.ID, Value: &v})
}

// Fill replaces what an input or textarea holds with text.
func (p *Page) Fill(n *Node, text string) {
	p.t().Helper()
	p.Clear(n)
	p.Type(n, text)
}

// Select chooses value in a select, then sends "change" if the server
// listens for it.
func (p *Page) Select(n *Node, value string) {
	p.t().Helper()
	n.Value = value
	p.changed(n)
}

// SelectMany chooses values (one or more) in a select that allows several,
// then sends "change" if the server listens for it.
func (p *Page) SelectMany(n *Node, values ...string) {
	p.t().Helper()
	n.Value = ""
	if len(values) > 0 {
		n.Value = values[0] // the DOM's value of such a select
	}
	p.changed(n, values...)
}

// Change commits what was typed into an input, as leaving it or pressing
// Enter does: the server gets its value and "change" if it listens.
func (p *Page) Change(n *Node) {
	p.t().Helper()
	p.changed(n)
}

// Check sets a checkbox or radio button, then sends "change" if the server
// listens for it. Checking a radio button unchecks the others of its group.
func (p *Page) Check(n *Node, checked bool) {
	p.t().Helper()
	n.Checked = checked
	msgs := []wire.ClientMsg{}
	if n.Attrs["type"] == "radio" && checked {
		p.root.walk(func(o *Node) {
			if o != n && o.Tag == "input" && o.Attrs["type"] == "radio" && o.Attrs["name"] == n.Attrs["name"] && o.Checked {
				o.Checked = false
				f := false
				msgs = append(msgs, wire.ClientMsg{Type: wire.TypeValue, ID: o.ID, Value: &o.Value, Checked: &f})
			}
		})
	}
	p.send(msgs...)
	p.changed(n)
}

// changed sends n's value (and, for a select that allows several, the
// chosen values), with "change" if the server listens for it.
func (p *Page) changed(n *Node, values ...string) {
	v, c := n.Value, n.Checked
	m := wire.ClientMsg{Type: wire.TypeValue, ID: n.ID, Value: &v, Values: values}
	if hasChecked(n) {
		m.Checked = &c
	}
	if n.Listens("change") {
		m.Type, m.Event = wire.TypeEvent, "change"
	}
	p.edited[n.ID] = p.seq + 1
	p.send(m)
}

// Submit submits a form: the server gets "submit" if it listens for it.
func (p *Page) Submit(form *Node) {
	p.t().Helper()
	p.Trigger(form, "submit")
}

// WaitFor applies what the server pushes (from goroutines of its own, or
// in answer to another browser) until the page shows text, and fails the
// test after Timeout.
func (p *Page) WaitFor(text string) {
	p.t().Helper()
	p.WaitUntil("the page shows "+strconv.Quote(text), func() bool { return p.Sees(text) })
}

// WaitUntil applies what the server pushes until cond holds, and fails the
// test, saying what it waited for, after Timeout.
func (p *Page) WaitUntil(what string, cond func() bool) {
	p.t().Helper()
	if p.overHTTP {
		p.t().Fatalf("jptest: a page that uses HTTP gets nothing pushed")
	}
	timeout := time.After(Timeout)
	for !cond() {
		select {
		case data, ok := <-p.incoming:
			if !ok {
				p.t().Fatalf("jptest: the server closed the connection")
			}
			p.receive(data)
		case <-timeout:
			p.t().Fatalf("jptest: waited %v for %s; the page shows:\n%s", Timeout, what, p.Text())
		}
	}
}

// Sync waits until the server has handled everything this page sent, and
// applies what arrived meanwhile, pushed changes included.
func (p *Page) Sync() {
	p.t().Helper()
	p.send()
}

// File is a file a test user chooses in a file input.
type File struct {
	Name    string
	Type    string // the MIME type
	Content []byte
}

// ChooseFiles chooses files in a file input, as a person does in the file
// dialog: the server gets "change" with their names, sizes and types if it
// listens. Submitting the input's form uploads them, as the client does.
func (p *Page) ChooseFiles(n *Node, files ...File) {
	p.t().Helper()
	if p.chosen == nil {
		p.chosen = map[string][]File{}
	}
	p.chosen[n.ID] = files
	if n.Listens("change") {
		p.send(wire.ClientMsg{Type: wire.TypeEvent, ID: n.ID, Event: "change", Files: describe(files)})
	}
}

func describe(files []File) []wire.FileInfo {
	infos := make([]wire.FileInfo, len(files))
	for i, f := range files {
		infos[i] = wire.FileInfo{Name: f.Name, Size: int64(len(f.Content)), Type: f.Type}
	}
	return infos
}

// upload sends the files chosen in a file input before its form's submit,
// as the client does, and returns what the submit says of them.
func (p *Page) upload(id string) []wire.FileInfo {
	t := p.t()
	t.Helper()
	files := p.chosen[id]
	infos := describe(files)
	if len(files) == 0 {
		return nil
	}
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	for _, f := range files {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", fmt.Sprintf(`form-data; name="file"; filename=%q`, f.Name))
		h.Set("Content-Type", f.Type)
		part, _ := mw.CreatePart(h)
		part.Write(f.Content)
	}
	mw.Close()
	req, _ := http.NewRequest("POST", p.u.s.srv.URL+p.base+"_jp/upload?"+url.Values{wire.QueryPage: {p.pageID}}.Encode(), &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Origin", p.u.s.srv.URL)
	resp, err := p.u.hc.Do(req)
	if err != nil {
		t.Fatalf("jptest: uploading: %v", err)
	}
	defer resp.Body.Close()
	var answer struct {
		Files []wire.FileInfo `json:"files"`
		Error string          `json:"error"`
	}
	json.NewDecoder(resp.Body).Decode(&answer)
	for i := range infos {
		switch {
		case i < len(answer.Files):
			infos[i].Ref, infos[i].Size, infos[i].Error = answer.Files[i].Ref, answer.Files[i].Size, answer.Files[i].Error
		default:
			infos[i].Error = answer.Error
		}
		if infos[i].Error != "" {
			p.errors = append(p.errors, infos[i].Error)
		}
	}
	return infos
}

// formData lists a form's fields in document order, as the client does,
// uploading the files chosen in its file inputs.
func (p *Page) formData(form *Node) []wire.FormField {
	var fields []wire.FormField
	form.walk(func(n *Node) {
		if !isControl(n) && n.Tag != "button" {
			return
		}
		f := wire.FormField{ID: n.ID, Tag: n.Tag, Type: n.Attrs["type"], Name: n.Attrs["name"], Placeholder: n.Attrs["placeholder"], Value: n.Value}
		switch {
		case n.Tag == "input" && f.Type == "":
			f.Type = "text"
		case n.Tag == "textarea":
			f.Type = "textarea"
		case n.Tag == "select":
			f.Type = "select-one"
		case n.Tag == "button" && f.Type == "":
			f.Type = "submit"
		}
		if hasChecked(n) {
			f.Checked = n.Checked
		}
		if f.Type == "file" {
			f.Files = p.upload(n.ID)
		}
		fields = append(fields, f)
	})
	return fields
}
