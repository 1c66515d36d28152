// Command facadedoc writes, into the doc comment of each type alias of
// package jp, the fields and methods of the type it stands for. go doc does
// not follow an alias to another package, so without the list `go doc
// github.com/justgo/justgo WebPage` would show neither page.WebPage's
// fields nor its methods.
//
// The list is the end of the alias's doc comment, after what is written by
// hand. It begins at the line
//
//	Fields of page.WebPage:
//
// (or "Methods of ...:" for a type without fields) and ends with the
// paragraph that begins "Full documentation:", which points to go doc of
// the package that defines the type. Each field and method is one list
// item: its declaration and the first sentence of its doc. Deprecated
// fields and methods are left out, and so are deprecated aliases and
// aliases of types with nothing to list (func and map types).
//
// go generate runs it in the module root (see jp.go):
//
//	go run ./internal/gen/facadedoc
//
// It reads the source of the packages (go/parser, go/doc), so it needs no
// build of them; TestFacadeDocIsUpToDate fails when a comment differs from
// what it would write.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	root := flag.String("root", ".", "the directory of package jp, the module root")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("facadedoc: ")
	files, err := Files(*root)
	if err != nil {
		log.Fatal(err)
	}
	g := NewGenerator(*root)
	for _, name := range files {
		path := filepath.Join(*root, name)
		src, err := os.ReadFile(path)
		if err != nil {
			log.Fatal(err)
		}
		out, err := g.Rewrite(name, src)
		if err != nil {
			log.Fatal(err)
		}
		if bytes.Equal(out, src) {
			continue
		}
		if err := os.WriteFile(path, out, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Fprintf(os.Stderr, "facadedoc: wrote %s\n", path)
	}
}
