package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/doc"
	"go/format"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// beginLine is the first line of a generated list; the list runs to the
// end of the doc comment, whose last paragraph begins with endPrefix.
var beginLine = regexp.MustCompile(`^(Fields|Methods) of \S+:$`)

const endPrefix = "Full documentation:"

// Files returns the names of the files of package jp in root that the
// generator rewrites: every one but tests and generated files.
func Files(root string) ([]string, error) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var names []string
	fset := token.NewFileSet()
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(root, name), nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return nil, err
		}
		if !ast.IsGenerated(f) {
			names = append(names, name)
		}
	}
	return names, nil
}

// Generator writes the lists, reading each package it needs once.
type Generator struct {
	root   string // the module root
	module string // its module path, from go.mod; "" until read
	pkgs   map[string]*source
}

// NewGenerator returns a generator for the module in root.
func NewGenerator(root string) *Generator {
	return &Generator{root: root, pkgs: map[string]*source{}}
}

// source is a package of the module, read from its files.
type source struct {
	path  string
	fset  *token.FileSet
	doc   *doc.Package
	specs map[string]*ast.TypeSpec // every type, by name
	files map[string]*ast.File     // the file of each type, by name
}

// Rewrite returns the source of the file name of package jp with the
// generated list of each alias up to date, formatted as gofmt does.
func (g *Generator) Rewrite(name string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	type edit struct {
		start, end int
		text       string
	}
	var edits []edit
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			spec := s.(*ast.TypeSpec)
			if !spec.Assign.IsValid() || !spec.Name.IsExported() {
				continue
			}
			comment, at := spec.Doc, spec.Pos()
			if !gd.Lparen.IsValid() {
				comment, at = gd.Doc, gd.Pos()
			}
			var block []string
			if comment == nil || !deprecated(comment.Text()) {
				pkg, typ, ok := selector(f, spec.Type)
				if !ok || !g.inModule(pkg) {
					continue
				}
				block, err = g.block(pkg, typ)
				if err != nil {
					return nil, fmt.Errorf("%s: %s: %w", name, spec.Name.Name, err)
				}
			}
			start := fset.Position(at).Offset
			indent := lineIndent(src, start)
			var hand []string
			end := start
			if comment != nil {
				start, end = fset.Position(comment.Pos()).Offset, fset.Position(comment.End()).Offset
				hand, err = handWritten(comment)
				if err != nil {
					return nil, fmt.Errorf("%s: %s: %w", name, spec.Name.Name, err)
				}
			}
			lines := hand
			if len(block) > 0 {
				if len(lines) > 0 {
					lines = append(lines, "//")
				}
				lines = append(lines, block...)
			}
			text := strings.Join(lines, "\n"+indent)
			if comment == nil {
				if text == "" {
					continue
				}
				text += "\n" + indent
			}
			if text != string(src[start:end]) {
				edits = append(edits, edit{start, end, text})
			}
		}
	}
	out := slices.Clone(src)
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		out = slices.Concat(out[:e.start], []byte(e.text), out[e.end:])
	}
	return format.Source(out)
}

// handWritten returns the lines of comment before its generated list, as
// written (with their //), without the blank lines that end them.
func handWritten(comment *ast.CommentGroup) ([]string, error) {
	var lines []string
	for i, c := range comment.List {
		text, ok := strings.CutPrefix(c.Text, "//")
		if !ok {
			return nil, fmt.Errorf("a /* */ doc comment: write it with //")
		}
		if beginLine.MatchString(strings.TrimPrefix(text, " ")) {
			if err := endsWithPointer(comment.List[i:]); err != nil {
				return nil, err
			}
			break
		}
		lines = append(lines, c.Text)
	}
	for len(lines) > 0 && strings.TrimSpace(strings.TrimPrefix(lines[len(lines)-1], "//")) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines, nil
}

// endsWithPointer checks that the generated list ends the comment, so
// that nothing written after it would be lost: its last paragraph is the
// "Full documentation:" one.
func endsWithPointer(list []*ast.Comment) error {
	last := -1
	for i, c := range list {
		if strings.HasPrefix(strings.TrimPrefix(strings.TrimPrefix(c.Text, "//"), " "), endPrefix) {
			last = i
		}
	}
	if last < 0 {
		return fmt.Errorf("the generated list has no %q line: text after it would be lost; move it above the list", endPrefix)
	}
	for _, c := range list[last:] {
		if strings.TrimSpace(strings.TrimPrefix(c.Text, "//")) == "" {
			return fmt.Errorf("text follows the generated list's %q paragraph: move it above the list", endPrefix)
		}
	}
	return nil
}

// lineIndent returns the spaces and tabs that begin the line of offset.
func lineIndent(src []byte, offset int) string {
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	end := start
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	return string(src[start:end])
}

// deprecated reports whether a doc comment has a "Deprecated:" paragraph.
func deprecated(text string) bool {
	return strings.HasPrefix(text, "Deprecated: ") || strings.Contains(text, "\n\nDeprecated: ")
}

// selector returns the import path and the name of the type that expr, the
// right side of an alias (possibly instantiated: topic.Topic[T]), names in
// another package.
func selector(f *ast.File, expr ast.Expr) (pkg, name string, ok bool) {
	switch x := expr.(type) {
	case *ast.IndexExpr:
		expr = x.X
	case *ast.IndexListExpr:
		expr = x.X
	}
	sel, ok := expr.(*ast.SelectorExpr)
	if !ok {
		return "", "", false
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", "", false
	}
	for _, imp := range f.Imports {
		p := strings.Trim(imp.Path.Value, `"`)
		local := path.Base(p)
		if imp.Name != nil {
			local = imp.Name.Name
		}
		if local == id.Name {
			return p, sel.Sel.Name, true
		}
	}
	return "", "", false
}

func (g *Generator) inModule(pkg string) bool {
	if g.module == "" {
		mod, err := os.ReadFile(filepath.Join(g.root, "go.mod"))
		if err != nil {
			return false
		}
		if m := regexp.MustCompile(`(?m)^module\s+(\S+)`).FindSubmatch(mod); m != nil {
			g.module = string(m[1])
		}
	}
	return g.module != "" && strings.HasPrefix(pkg, g.module+"/")
}

// load reads the package with import path pkg from its directory.
func (g *Generator) load(pkg string) (*source, error) {
	if s := g.pkgs[pkg]; s != nil {
		return s, nil
	}
	dir := filepath.Join(g.root, filepath.FromSlash(strings.TrimPrefix(pkg, g.module+"/")))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	s := &source{path: pkg, fset: token.NewFileSet(), specs: map[string]*ast.TypeSpec{}, files: map[string]*ast.File{}}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(s.fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	s.doc, err = doc.NewFromFiles(s.fset, files, pkg)
	if err != nil {
		return nil, err
	}
	for _, f := range files { // as go/doc left them: exported names only
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
				for _, sp := range gd.Specs {
					ts := sp.(*ast.TypeSpec)
					s.specs[ts.Name.Name], s.files[ts.Name.Name] = ts, f
				}
			}
		}
	}
	g.pkgs[pkg] = s
	return s, nil
}

// block returns the comment lines that list the fields and methods of
// type name of package pkg, following aliases to the type itself; none
// when it has neither.
func (g *Generator) block(pkg, name string) ([]string, error) {
	for range 10 {
		s, err := g.load(pkg)
		if err != nil {
			return nil, err
		}
		spec := s.specs[name]
		if spec == nil {
			return nil, fmt.Errorf("%s has no type %s", pkg, name)
		}
		if !spec.Assign.IsValid() {
			return s.list(name, spec), nil
		}
		p, n, ok := selector(s.files[name], spec.Type)
		if !ok || !g.inModule(p) {
			return nil, nil // an alias of a type of this package, or of another module's
		}
		pkg, name = p, n
	}
	return nil, fmt.Errorf("%s.%s: too many aliases", pkg, name)
}

// list writes the lines of one type's list.
func (s *source) list(name string, spec *ast.TypeSpec) []string {
	var fields, methods []string
	var firstField, firstMethod string // a member to name in the pointer
	switch t := spec.Type.(type) {
	case *ast.StructType:
		for _, f := range t.Fields.List {
			if d := fieldDoc(f); !deprecated(f.Doc.Text()) && !deprecated(f.Comment.Text()) {
				fields = append(fields, s.item(s.field(f), d))
				if firstField == "" && len(f.Names) > 0 {
					firstField = f.Names[0].Name
				}
			}
		}
	case *ast.InterfaceType:
		for _, f := range t.Methods.List {
			if d := fieldDoc(f); !deprecated(f.Doc.Text()) && !deprecated(f.Comment.Text()) {
				if len(f.Names) == 0 {
					methods = append(methods, s.item(s.expr(f.Type)+" (embedded)", d))
					continue
				}
				methods = append(methods, s.item(s.signature(f.Names[0], f.Type.(*ast.FuncType)), d))
				if firstMethod == "" {
					firstMethod = f.Names[0].Name
				}
			}
		}
	}
	for _, t := range s.doc.Types {
		if t.Name != name {
			continue
		}
		for _, m := range t.Methods {
			if !deprecated(m.Doc) {
				methods = append(methods, s.item(s.signature(m.Decl.Name, m.Decl.Type), m.Doc))
				if firstMethod == "" {
					firstMethod = m.Name
				}
			}
		}
	}
	if len(fields) == 0 && len(methods) == 0 {
		return nil
	}
	label := s.doc.Name + "." + name
	var lines []string
	section := func(title string, items []string) {
		if len(items) == 0 {
			return
		}
		lines = append(lines, "// "+title+" of "+label+":", "//")
		for _, it := range items {
			lines = append(lines, "//   - "+it)
		}
		lines = append(lines, "//")
	}
	section("Fields", fields)
	section("Methods", methods)
	one, kind := firstMethod, "method"
	if one == "" {
		one, kind = firstField, "field"
	}
	pointer := fmt.Sprintf("// %s go doc %s %s", endPrefix, s.path, name)
	if one != "" {
		pointer += fmt.Sprintf(", or %s.%s for one %s", name, one, kind)
	}
	return append(lines, pointer+".")
}

// item is one list item: a declaration and the first sentence of its doc.
func (s *source) item(decl, text string) string {
	if syn := s.doc.Synopsis(text); syn != "" {
		return decl + ": " + syn
	}
	return decl
}

// fieldDoc is what documents a field or an interface method: its line
// comment, which is its own where a comment above may speak for a group of
// fields, else that comment.
func fieldDoc(f *ast.Field) string {
	if f.Comment != nil {
		return f.Comment.Text()
	}
	return f.Doc.Text()
}

// field is a struct field's declaration: "Title string", or its type and
// "(embedded)".
func (s *source) field(f *ast.Field) string {
	if len(f.Names) == 0 {
		return s.expr(f.Type) + " (embedded)"
	}
	names := make([]string, len(f.Names))
	for i, n := range f.Names {
		names[i] = n.Name
	}
	return strings.Join(names, ", ") + " " + s.expr(f.Type)
}

// signature is a method's name, parameters and results, on one line.
func (s *source) signature(name *ast.Ident, fn *ast.FuncType) string {
	return strings.TrimPrefix(s.expr(&ast.FuncDecl{Name: name, Type: fn}), "func ")
}

// expr prints node on one line.
func (s *source) expr(node any) string {
	var b strings.Builder
	if err := (&printer.Config{Mode: printer.RawFormat}).Fprint(&b, s.fset, node); err != nil {
		return fmt.Sprint(node)
	}
	out := strings.Join(strings.Fields(b.String()), " ")
	return strings.NewReplacer("( ", "(", ", )", ")", "{ ", "{", " }", "}").Replace(out)
}
