// Command wa writes wa/components_gen.go, the constructors and options of
// package wa, from the Custom Elements Manifest of Web Awesome
// (custom-elements.json, which `make assets` fetches with the library).
//
// Each custom element of the manifest gets a constructor named after its
// tag without "wa-", in CamelCase with Go's initialisms (wa-qr-code is
// QRCode), and each attribute name of any of them one option (Pill,
// Variant, MaxOptionsVisible), suffixed Attr when the name is a
// constructor's (Tooltip is wa-tooltip, TooltipAttr the attribute) or an
// option's of package component (AttrAttr: wa.Attr would read as jp.Attr).
// Left out are the attributes that options of package jp already set on
// any element (name, type, value, ...), those every element has (dir,
// lang, title), Lit's did-ssr, and those that only take an object or a
// function (a property, not an attribute). A component the manifest marks
// Pro is left out too.
//
// What package wa writes by hand wins: an exported function of the same
// name as an option (Multiple) replaces it, and a variable named after a
// constructor with "Control" (inputControl for Input) makes the element a
// control (component.AsControl), which the constructor applies first.
//
// go generate runs it in wa (see wa/doc.go):
//
//	go run ../internal/gen/wa
//
// Paths are relative to the module root, which it finds from the working
// directory. Without the manifest at its default path it leaves the file
// as it is and says so (`make assets` fetches it); TestGeneratedIsUpToDate
// fails when the file differs from what it would write.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// DefaultManifest is the manifest's path from the module root.
const DefaultManifest = "static/local/@awesome.me/webawesome@3.14.0/dist-cdn/custom-elements.json"

// Out is the generated file's path from the module root, and Dir the
// package's folder.
const (
	Dir = "wa"
	Out = Dir + "/components_gen.go"
)

func main() {
	manifest := flag.String("manifest", DefaultManifest, "the Custom Elements Manifest, from the module root")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen/wa: ")
	root, err := moduleRoot()
	if err != nil {
		log.Fatal(err)
	}
	path := filepath.Join(root, filepath.FromSlash(*manifest))
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && *manifest == DefaultManifest {
		log.Printf("no manifest at %s (make assets fetches it): %s left as it is", *manifest, Out)
		return
	}
	if err != nil {
		log.Fatal(err)
	}
	res, err := Generate(src, filepath.Join(root, Dir))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(Out)), res.Source, 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("%s: %d components (%d controls), %d options", Out, res.Components, res.Controls, res.Options)
	for _, s := range res.Notes {
		log.Print(s)
	}
}

// moduleRoot is the nearest folder up from the working directory with a
// go.mod.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = up
	}
}

// The manifest, as much of it as the generator reads.
type manifest struct {
	Package struct {
		Name    string `json:"name"`
		Version string `json:"version"`
		License string `json:"license"`
	} `json:"package"`
	Modules []struct {
		Path         string `json:"path"`
		Declarations []decl `json:"declarations"`
	} `json:"modules"`
}

type decl struct {
	CustomElement bool   `json:"customElement"`
	TagName       string `json:"tagName"`
	Summary       string `json:"summary"`
	Description   string `json:"description"`
	Status        string `json:"status"`
	Pro           bool   `json:"pro"`
	JSDoc         string `json:"jsDoc"`
	Attributes    []struct {
		Name        string `json:"name"`
		FieldName   string `json:"fieldName"`
		Description string `json:"description"`
		Type        *struct {
			Text string `json:"text"`
		} `json:"type"`
	} `json:"attributes"`
	Events []struct {
		Name string `json:"name"`
	} `json:"events"`
}

// Result is what Generate made.
type Result struct {
	Source                        []byte
	Components, Controls, Options int
	// Notes says what was left out, renamed or replaced, for the log.
	Notes []string
}

// Attributes no option is generated for, and why.
var skipAttrs = map[string]string{
	"dir": "every element's", "lang": "every element's", "title": "every element's",
	"id": "jp.ID", "class": "jp.Classes", "style": "jp.Style", "did-ssr": "Lit's own",
	"name": "jp.Name", "type": "jp.Type", "placeholder": "jp.Placeholder", "href": "jp.Href",
	"src": "jp.Src", "value": "jp.Value", "checked": "jp.Checked",
}

// The options of package component, which jp re-exports: an option of
// the same name would read as one of them (wa.Attr as jp.Attr), so it is
// suffixed Attr as one named like a constructor is.
var componentOpts = []string{
	"Animation", "Attr", "Attrs", "Checked", "Children", "Classes", "ID", "In", "InnerHTML", "Href",
	"Model", "Name", "On", "Placeholder", "Show", "Src", "Style", "Text", "Type", "UnsafeAttr", "Value",
}

// Go's initialisms, for names.
var initialisms = map[string]string{
	"api": "API", "css": "CSS", "dom": "DOM", "html": "HTML", "http": "HTTP", "id": "ID",
	"json": "JSON", "otp": "OTP", "qr": "QR", "ssr": "SSR", "ui": "UI", "uri": "URI", "url": "URL",
}

// GoName is a tag without "wa-", or an attribute name, in CamelCase:
// qr-code is QRCode, max-options-visible MaxOptionsVisible.
func GoName(name string) string {
	var b strings.Builder
	for _, part := range strings.Split(strings.TrimPrefix(name, "wa-"), "-") {
		if part == "" {
			continue
		}
		if s, ok := initialisms[strings.ToLower(part)]; ok {
			b.WriteString(s)
			continue
		}
		r := []rune(part)
		r[0] = unicode.ToUpper(r[0])
		b.WriteString(string(r))
	}
	return b.String()
}

// lowerFirst makes a Go name unexported: QRCode is qrCode, Input input.
func lowerFirst(s string) string {
	r := []rune(s)
	n := 0
	for n < len(r) && unicode.IsUpper(r[n]) {
		n++
	}
	if n > 1 && n < len(r) {
		n-- // the last capital begins the next word
	}
	for i := range n {
		r[i] = unicode.ToLower(r[i])
	}
	return string(r)
}

// component is one custom element.
type component struct {
	tag, name, summary string
	events             []string
	control            *control
}

// option is one attribute name, over every component that has it.
type option struct {
	attr, name string
	kinds      kind              // what its types take, together
	tags       []string          // the components that have it, sorted
	boolTags   []string          // where it is boolean
	literals   []string          // the string literals of its types, in order
	open       bool              // a type takes values it does not list
	descs      map[string]string // first sentence by tag
}

// A kind is what an attribute's value is; a type may take several (a
// bitmask), and none when only an object or a function fits.
type kind uint8

const (
	kString kind = 1 << iota
	kBool
	kNumber
)

// kind is the option's: boolean or numeric when every type is, a string
// otherwise; 0 when no type takes an attribute.
func (o *option) kind() kind {
	switch o.kinds {
	case 0, kBool, kNumber:
		return o.kinds
	}
	return kString
}

// values lists the strings the attribute takes, when its types list them
// all.
func (o *option) values() []string {
	if o.open || o.kind() != kString {
		return nil
	}
	return o.literals
}

// control is what Generate reads of a control's declaration in package wa.
type control struct {
	varName          string
	value, checked   string
	multiple, number bool
	events, props    []string
	fromFile         string
}

// Generate writes the file from a manifest, with the names package wa
// declares by hand in dir (its files that are neither generated nor
// tests).
func Generate(src []byte, dir string) (*Result, error) {
	var m manifest
	if err := json.Unmarshal(src, &m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	hand, err := handWritten(dir)
	if err != nil {
		return nil, err
	}
	res := &Result{}
	comps := map[string]*component{}
	opts := map[string]*option{}
	for _, mod := range m.Modules {
		for _, d := range mod.Declarations {
			if !d.CustomElement || d.TagName == "" {
				continue
			}
			if isPro(&d) {
				res.Notes = append(res.Notes, "left out "+d.TagName+": marked Pro")
				continue
			}
			if comps[d.TagName] != nil {
				return nil, fmt.Errorf("manifest: %s is declared twice", d.TagName)
			}
			c := &component{tag: d.TagName, name: GoName(d.TagName), summary: FirstSentence(d.Summary)}
			if c.summary == "" {
				c.summary = FirstSentence(d.Description)
			}
			for _, e := range d.Events {
				if e.Name != "" && !slices.Contains(c.events, e.Name) {
					c.events = append(c.events, e.Name)
				}
			}
			comps[d.TagName] = c
			for _, a := range d.Attributes {
				key := strings.ToLower(a.Name) // the browser reads currentSlide as currentslide
				if skipAttrs[key] != "" {
					continue
				}
				o := opts[key]
				if o == nil {
					o = &option{attr: key, name: GoName(a.Name), descs: map[string]string{}}
					opts[key] = o
				} else if GoName(a.Name) != o.name {
					return nil, fmt.Errorf("manifest: attribute %s is spelt %s and %s", key, o.name, GoName(a.Name))
				}
				typ := ""
				if a.Type != nil {
					typ = a.Type.Text
				}
				k, lits := classify(typ)
				if slices.Contains(o.tags, d.TagName) {
					continue
				}
				o.tags = append(o.tags, d.TagName)
				o.kinds |= k
				if k == kBool {
					o.boolTags = append(o.boolTags, d.TagName)
				}
				if lits == nil && k != 0 {
					o.open = true // values not listed
				}
				for _, l := range lits {
					if !slices.Contains(o.literals, l) {
						o.literals = append(o.literals, l)
					}
				}
				o.descs[d.TagName] = FirstSentence(a.Description)
			}
		}
	}
	if len(comps) == 0 {
		return nil, errors.New("manifest: no custom element")
	}

	// Names: constructors first, then options, then collisions.
	tags := sortedKeys(comps)
	taken := map[string]string{"Tags": "the map of constructors"}
	for _, n := range componentOpts {
		taken[n] = "an option of package component"
	}
	for _, t := range tags {
		c := comps[t]
		if other, ok := taken[c.name]; ok && !slices.Contains(componentOpts, c.name) {
			return nil, fmt.Errorf("the constructor of %s would be %s, which is %s", t, c.name, other)
		}
		if hand.funcs[c.name] {
			return nil, fmt.Errorf("package wa declares %s by hand, the constructor of %s", c.name, t)
		}
		taken[c.name] = "the constructor of " + t
		if v := lowerFirst(c.name) + "Control"; hand.controls[v] != nil {
			c.control = hand.controls[v]
			res.Controls++
		}
	}
	var options []*option
	for _, key := range sortedKeys(opts) {
		o := opts[key]
		if o.kind() == 0 {
			res.Notes = append(res.Notes, fmt.Sprintf("no option for %s (%s): it takes an object or a function", key, strings.Join(o.tags, ", ")))
			continue
		}
		if hand.funcs[o.name] {
			res.Notes = append(res.Notes, fmt.Sprintf("option %s for %s is written by hand in package wa", o.name, key))
			continue
		}
		if why, ok := taken[o.name]; ok {
			res.Notes = append(res.Notes, fmt.Sprintf("option for %s named %sAttr: %s is %s", key, o.name, o.name, why))
			o.name += "Attr"
		}
		if other, ok := taken[o.name]; ok || hand.funcs[o.name] {
			return nil, fmt.Errorf("option for %s would be named %s, which is taken (%s)", key, o.name, other)
		}
		taken[o.name] = "attribute " + key
		slices.Sort(o.tags)
		slices.Sort(o.boolTags)
		options = append(options, o)
	}
	slices.SortFunc(options, func(a, b *option) int { return strings.Compare(a.name, b.name) })
	for _, v := range sortedKeys(hand.controls) {
		c := hand.controls[v]
		if !slices.ContainsFunc(tags, func(t string) bool { return lowerFirst(comps[t].name)+"Control" == c.varName }) &&
			!hand.variants[c.varName] {
			res.Notes = append(res.Notes, fmt.Sprintf("%s (%s) names no component of the manifest", c.varName, c.fromFile))
		}
	}

	var b bytes.Buffer
	b.WriteString("// Code generated by internal/gen/wa from Web Awesome's custom-elements.json; DO NOT EDIT.\n\n")
	b.WriteString("package wa\n\nimport (\n\t\"strconv\"\n\n\t\"github.com/justgo/justgo/component\"\n)\n\n")
	fmt.Fprintf(&b, "// From %s %s (%s): %d components, %d options.\n\n", m.Package.Name, m.Package.Version, m.Package.License, len(tags), len(options))
	b.WriteString("// Tags maps each tag of Web Awesome to its constructor, for code that\n// builds elements by tag name (an HTML parser).\n")
	b.WriteString("var Tags = map[string]func(...component.Opt) *component.Element{\n")
	for _, t := range tags {
		fmt.Fprintf(&b, "\t%q: %s,\n", t, comps[t].name)
	}
	b.WriteString("}\n\n")
	for _, t := range tags {
		writeConstructor(&b, comps[t])
	}
	for _, o := range options {
		writeOption(&b, o)
	}
	// strconv is used by numeric options only.
	if !slices.ContainsFunc(options, func(o *option) bool { return o.kind() == kNumber }) {
		b.WriteString("var _ = strconv.FormatFloat\n")
	}
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil, fmt.Errorf("gofmt: %w\n%s", err, b.Bytes())
	}
	res.Source, res.Components, res.Options = out, len(tags), len(options)
	return res, nil
}

func writeConstructor(b *bytes.Buffer, c *component) {
	doc := fmt.Sprintf("%s returns a <%s> element.", c.name, c.tag)
	if c.summary != "" {
		doc += " " + c.summary
	}
	paras := []string{doc}
	if c.control != nil {
		paras = append(paras, c.control.doc())
	}
	if len(c.events) > 0 {
		paras = append(paras, "Events: "+strings.Join(c.events, ", ")+".")
	}
	writeDoc(b, paras)
	if c.control != nil {
		fmt.Fprintf(b, "func %s(opts ...component.Opt) *component.Element {\n\treturn component.Tag(%q, append([]component.Opt{component.AsControl(%s)}, opts...)...)\n}\n\n",
			c.name, c.tag, c.control.varName)
		return
	}
	fmt.Fprintf(b, "func %s(opts ...component.Opt) *component.Element { return component.Tag(%q, opts...) }\n\n", c.name, c.tag)
}

func writeOption(b *bytes.Buffer, o *option) {
	k := o.kind()
	what := "the attribute"
	if k == kBool {
		what = "the boolean attribute"
	}
	doc := fmt.Sprintf("%s sets %s %s of %s.", o.name, what, o.attr, list(o.tags, "and"))
	if s, tag := describe(o); s != "" {
		if len(o.tags) > 1 {
			doc += " On " + tag + ": " + s
		} else {
			doc += " " + s
		}
	}
	if vs := o.values(); len(vs) > 0 {
		q := make([]string, len(vs))
		for i, l := range vs {
			q[i] = strconv.Quote(l)
		}
		doc += " It takes " + list(q, "or") + "."
	}
	paras := []string{doc}
	if k == kString && len(o.boolTags) > 0 {
		paras = append(paras, fmt.Sprintf("On %s it is a boolean attribute, which any value sets (%s(\"\")).", list(o.boolTags, "and"), o.name))
	}
	writeDoc(b, paras)
	switch k {
	case kBool:
		fmt.Fprintf(b, "func %s() component.Opt { return component.Attr(%q, \"\") }\n\n", o.name, o.attr)
	case kNumber:
		fmt.Fprintf(b, "func %s(v float64) component.Opt {\n\treturn component.Attr(%q, strconv.FormatFloat(v, 'f', -1, 64))\n}\n\n", o.name, o.attr)
	default:
		fmt.Fprintf(b, "func %s(v string) component.Opt { return component.Attr(%q, v) }\n\n", o.name, o.attr)
	}
}

// describe picks the sentence the most components share, the first
// component's among equals.
func describe(o *option) (sentence, tag string) {
	count := map[string]int{}
	for _, t := range o.tags {
		if s := o.descs[t]; s != "" {
			count[s]++
		}
	}
	best := 0
	for _, t := range o.tags {
		if s := o.descs[t]; s != "" && count[s] > best {
			sentence, tag, best = s, t, count[s]
		}
	}
	return sentence, tag
}

func (c *control) doc() string {
	var parts []string
	if c.value != "" {
		switch {
		case c.multiple:
			parts = append(parts, "its value, a list (msg.Values)")
		case c.number:
			parts = append(parts, "its value, a number (msg.Value)")
		default:
			parts = append(parts, "its value (msg.Value)")
		}
	}
	if c.checked != "" {
		parts = append(parts, "its checked state (msg.Checked)")
	}
	switch len(c.props) {
	case 0:
	case 1:
		parts = append(parts, "its property "+c.props[0])
	default:
		parts = append(parts, "its properties "+list(c.props, "and"))
	}
	return fmt.Sprintf("It is a control: after %s the browser reports %s.", list(c.events, "or"), list(parts, "and"))
}

func list(items []string, and string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}

// writeDoc writes paragraphs as a doc comment, wrapped.
func writeDoc(b *bytes.Buffer, paras []string) {
	for i, p := range paras {
		if i > 0 {
			b.WriteString("//\n")
		}
		line := ""
		for _, w := range strings.Fields(p) {
			// a line must not begin as a list item or a heading would
			if line != "" && len(line)+1+len(w) > 74 && !listLike(w) {
				b.WriteString("// " + line + "\n")
				line = w
				continue
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		b.WriteString("// " + line + "\n")
	}
}

var listItem = regexp.MustCompile(`^([-+*•]|\d+[.)])$`)

func listLike(w string) bool { return listItem.MatchString(w) || strings.HasPrefix(w, "#") }

// classify reads a type of the manifest (TypeScript): the kinds of value
// it takes as an attribute, and its string literals.
func classify(typ string) (kind, []string) {
	typ = strings.TrimSpace(typ)
	if typ == "" || typ == "None" {
		return kString, nil // untyped: a string
	}
	var k kind
	var lits []string
	open := false // values beyond the literals
	for _, alt := range splitUnion(typ) {
		switch {
		case alt == "" || alt == "null" || alt == "undefined":
		case alt == "boolean":
			k |= kBool
		case alt == "number":
			k |= kNumber
		case len(alt) >= 2 && (alt[0] == '\'' || alt[0] == '"') && alt[len(alt)-1] == alt[0]:
			lits = append(lits, alt[1:len(alt)-1])
		case strings.Contains(alt, "=>"), strings.HasSuffix(alt, "[]"), strings.HasPrefix(alt, "{"),
			alt == "Element", alt == "HTMLElement", alt == "VirtualElement", alt == "Date":
			// an object or a function: a property only
		default:
			// string, or a named type: Web Awesome's are unions of strings
			k |= kString
			open = true
		}
	}
	if len(lits) > 0 {
		k |= kString
	}
	if open {
		return k, nil
	}
	return k, lits
}

// splitUnion cuts a TypeScript union at its top-level bars.
func splitUnion(typ string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range typ {
		switch r {
		case '(', '<', '{', '[':
			depth++
		case ')', '>', '}', ']':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, strings.TrimSpace(typ[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(typ[start:]))
}

// isPro reports whether the manifest marks a component as Web Awesome Pro.
func isPro(d *decl) bool {
	return d.Pro || strings.EqualFold(d.Status, "pro") || proTag.MatchString(d.JSDoc)
}

var proTag = regexp.MustCompile(`(?m)^\s*\*?\s*@pro\b`)

var (
	mdLink  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	htmlTag = regexp.MustCompile(`</?([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>`)
	mdBold  = regexp.MustCompile(`\*\*([^*]+)\*\*`)
)

// FirstSentence is the first sentence of a description, as plain text:
// without markdown links, code marks or HTML tags (<wa-tab> is wa-tab).
func FirstSentence(s string) string {
	s = mdLink.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "`", "")
	s = htmlTag.ReplaceAllString(s, "$1")
	s = mdBold.ReplaceAllString(s, "$1")
	s = strings.Join(strings.Fields(s), " ")
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if i+1 < len(s) && s[i+1] != ' ' {
			continue
		}
		word := strings.ToLower(s[strings.LastIndexByte(s[:i], ' ')+1 : i])
		switch word {
		case "e.g", "i.e", "etc", "vs", "eg", "ie":
			continue
		}
		return s[:i+1]
	}
	if s != "" {
		s += "."
	}
	return s
}

// hand is what package wa declares by hand.
type hand struct {
	funcs    map[string]bool
	controls map[string]*control // variables named ...Control
	variants map[string]bool     // controls an option applies, not a constructor
}

// handWritten reads the files of package wa that are neither generated nor
// tests.
func handWritten(dir string) (*hand, error) {
	h := &hand{funcs: map[string]bool{}, controls: map[string]*control{}, variants: map[string]bool{}}
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	for _, path := range files {
		name := filepath.Base(path)
		if strings.HasSuffix(name, "_test.go") || strings.HasSuffix(name, "_gen.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					h.funcs[d.Name.Name] = true
					// a control a function applies is a variant
					ast.Inspect(d.Body, func(n ast.Node) bool {
						if id, ok := n.(*ast.Ident); ok && strings.HasSuffix(id.Name, "Control") {
							h.variants[id.Name] = true
						}
						return true
					})
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.ValueSpec:
						for i, id := range s.Names {
							if d.Tok != token.VAR || !strings.HasSuffix(id.Name, "Control") || id.Name == "Control" {
								continue
							}
							if i >= len(s.Values) {
								return nil, fmt.Errorf("%s: %s has no value", name, id.Name)
							}
							c, err := readControl(s.Values[i])
							if err != nil {
								return nil, fmt.Errorf("%s: %s: %w", name, id.Name, err)
							}
							c.varName, c.fromFile = id.Name, name
							h.controls[id.Name] = c
						}
					case *ast.TypeSpec:
						h.funcs[s.Name.Name] = true // a type's name is taken too
					}
				}
			}
		}
	}
	return h, nil
}

// readControl reads &component.Control{...}, for the constructor's doc.
func readControl(e ast.Expr) (*control, error) {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, errors.New("not a &component.Control{...} literal")
	}
	c := &control{}
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			return nil, errors.New("a field without its name")
		}
		key, _ := kv.Key.(*ast.Ident)
		if key == nil {
			return nil, errors.New("a field without its name")
		}
		var err error
		switch key.Name {
		case "Value":
			c.value, err = stringLit(kv.Value)
		case "Checked":
			c.checked, err = stringLit(kv.Value)
		case "Multiple":
			c.multiple, err = boolLit(kv.Value)
		case "Number":
			c.number, err = boolLit(kv.Value)
		case "Events":
			c.events, err = stringsLit(kv.Value)
		case "Props":
			c.props, err = stringsLit(kv.Value)
		default:
			err = errors.New("unknown field")
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", key.Name, err)
		}
	}
	if len(c.events) == 0 {
		return nil, errors.New("no Events")
	}
	return c, nil
}

func stringLit(e ast.Expr) (string, error) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", errors.New("not a string literal")
	}
	return strconv.Unquote(b.Value)
}

func boolLit(e ast.Expr) (bool, error) {
	id, ok := e.(*ast.Ident)
	if !ok || id.Name != "true" && id.Name != "false" {
		return false, errors.New("not true or false")
	}
	return id.Name == "true", nil
}

func stringsLit(e ast.Expr) ([]string, error) {
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, errors.New("not a []string literal")
	}
	var out []string
	for _, el := range lit.Elts {
		s, err := stringLit(el)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
