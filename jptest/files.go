package jptest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"net/url"

	"github.com/justgo/justgo/internal/wire"
)

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
	p.chosen[n.Ref] = files
	if n.Listens("change") {
		p.send(wire.ClientMsg{Type: wire.TypeEvent, ID: n.Ref, Event: "change", Files: describe(files)})
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
	req, _ := http.NewRequest("POST", p.endpoint(wire.PathUpload, url.Values{wire.QueryPage: {p.pageID}}), &body)
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

// formData lists a form's fields (declared controls among them) in
// document order, as the client does, uploading the files chosen in its
// file inputs.
func (p *Page) formData(form *Node) []wire.FormField {
	var fields []wire.FormField
	form.walk(func(n *Node) {
		if !isControl(n) && n.Tag != "button" {
			return
		}
		f := wire.FormField{ID: n.Ref, Tag: n.Tag, Type: n.Attrs["type"], Name: n.Attrs["name"], Placeholder: n.Attrs["placeholder"], Value: n.Value}
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
		if n.Control != nil { // the client's String(value): a list's values apart by commas
			f.Value = jsString(valueOf(n))
			if n.Control.Multiple {
				f.Values = chosen(n)
			}
		}
		if f.Type == "file" {
			f.Files = p.upload(n.Ref)
		}
		fields = append(fields, f)
	})
	return fields
}
