package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// group is one const declaration: its doc comment and its constants, in
// source order.
type group struct {
	doc    []string // comment lines, "//" included
	consts []*konst
}

// konst is one constant of the package.
type konst struct {
	name    string
	doc     []string // the comment lines above it, in a group
	comment string   // its line comment, "//" included
	value   constant.Value

	expr ast.Expr // what it is, with iota for its place in its group
	iota int
	busy bool // being evaluated: a reference back is a cycle
}

// load parses the package in dir (its .go files but tests) and evaluates
// its constants; it returns the declarations that have exported ones, in
// the order of the files' names and then of the source.
func load(dir string) ([]group, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, "_test.go") })
	slices.Sort(files)
	if len(files) == 0 {
		return nil, fmt.Errorf("no Go files in %s", dir)
	}
	fset := token.NewFileSet()
	all := map[string]*konst{}
	var groups []group
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			groups = append(groups, declare(g, all))
		}
	}
	for _, k := range all {
		if err := k.eval(all); err != nil {
			return nil, err
		}
	}
	out := groups[:0]
	for _, g := range groups {
		g.consts = slices.DeleteFunc(g.consts, func(k *konst) bool { return !ast.IsExported(k.name) })
		if len(g.consts) > 0 {
			out = append(out, g)
		}
	}
	return out, nil
}

// declare records the constants of one declaration in all.
func declare(g *ast.GenDecl, all map[string]*konst) group {
	out := group{doc: lines(g.Doc)}
	var last []ast.Expr // a spec without values repeats the one before
	for i, s := range g.Specs {
		spec := s.(*ast.ValueSpec)
		if len(spec.Values) > 0 {
			last = spec.Values
		}
		for j, n := range spec.Names {
			if n.Name == "_" {
				continue
			}
			k := &konst{name: n.Name, iota: i}
			if j < len(last) {
				k.expr = last[j]
			}
			if g.Lparen.IsValid() {
				k.doc = lines(spec.Doc)
			} // a lone constant's doc is the declaration's
			if c := lines(spec.Comment); len(c) > 0 {
				k.comment = strings.Join(c, " ")
			}
			all[k.name] = k
			out.consts = append(out.consts, k)
		}
	}
	return out
}

func lines(cg *ast.CommentGroup) []string {
	if cg == nil {
		return nil
	}
	var out []string
	for _, c := range cg.List {
		out = append(out, c.Text)
	}
	return out
}

// eval works out k's value from the constants it names.
func (k *konst) eval(all map[string]*konst) error {
	if k.value != nil {
		return nil
	}
	if k.busy {
		return fmt.Errorf("constant %s refers to itself", k.name)
	}
	if k.expr == nil {
		return fmt.Errorf("constant %s has no value", k.name)
	}
	k.busy = true
	defer func() { k.busy = false }()
	v, err := value(k.expr, k.iota, all)
	if err != nil {
		return fmt.Errorf("constant %s: %w", k.name, err)
	}
	k.value = v
	return nil
}

// value evaluates a constant expression of the forms the package uses:
// literals, iota, other constants, parentheses, and unary and binary
// operators.
func value(e ast.Expr, iota int, all map[string]*konst) (constant.Value, error) {
	switch e := e.(type) {
	case *ast.BasicLit:
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		if v.Kind() == constant.Unknown {
			return nil, fmt.Errorf("bad literal %s", e.Value)
		}
		return v, nil
	case *ast.Ident:
		switch e.Name {
		case "iota":
			return constant.MakeInt64(int64(iota)), nil
		case "true", "false":
			return constant.MakeBool(e.Name == "true"), nil
		}
		k := all[e.Name]
		if k == nil {
			return nil, fmt.Errorf("%s is no constant of the package", e.Name)
		}
		if err := k.eval(all); err != nil {
			return nil, err
		}
		return k.value, nil
	case *ast.ParenExpr:
		return value(e.X, iota, all)
	case *ast.UnaryExpr:
		x, err := value(e.X, iota, all)
		if err != nil {
			return nil, err
		}
		return constant.UnaryOp(e.Op, x, 0), nil
	case *ast.BinaryExpr:
		x, err := value(e.X, iota, all)
		if err != nil {
			return nil, err
		}
		y, err := value(e.Y, iota, all)
		if err != nil {
			return nil, err
		}
		switch e.Op {
		case token.SHL, token.SHR:
			n, ok := constant.Uint64Val(y)
			if !ok {
				return nil, fmt.Errorf("bad shift count")
			}
			return constant.Shift(x, e.Op, uint(n)), nil
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return constant.MakeBool(constant.Compare(x, e.Op, y)), nil
		}
		if e.Op == token.QUO && x.Kind() == constant.Int && y.Kind() == constant.Int {
			return constant.BinaryOp(x, token.QUO_ASSIGN, y), nil // integer division, as Go's
		}
		return constant.BinaryOp(x, e.Op, y), nil
	}
	return nil, fmt.Errorf("cannot evaluate %T", e)
}

// jsValue writes v as a JavaScript literal.
func jsValue(v constant.Value) (string, error) {
	switch v.Kind() {
	case constant.String:
		return jsString(constant.StringVal(v)), nil
	case constant.Int:
		return v.ExactString(), nil
	case constant.Bool:
		return strconv.FormatBool(constant.BoolVal(v)), nil
	}
	return "", fmt.Errorf("no JavaScript for the constant %s", v)
}

// jsString quotes s for JavaScript as JSON does (which escapes U+2028 and
// U+2029, as older engines need), but for <, > and &, kept readable.
func jsString(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}
