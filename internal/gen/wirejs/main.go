// Command wirejs copies the constants of package internal/wire into the
// browser client, so that both sides spell the protocol from one source. It
// replaces the block of static/client.js between the lines
//
//	// BEGIN GENERATED ...
//	// END GENERATED
//
// with an object W holding every exported constant of the package, named
// in lower camel case (AttrID is W.attrID) with its comments. go generate
// runs it in internal/wire:
//
//	go run ../gen/wirejs -wire . -client ../../static/client.js
//
// It reads the package's source and evaluates the constants itself
// (literals, other constants, operators), so it needs no build of it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
)

func main() {
	wireDir := flag.String("wire", ".", "the directory of package wire")
	client := flag.String("client", "../../static/client.js", "the client to write the constants into")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("wirejs: ")
	src, err := os.ReadFile(*client)
	if err != nil {
		log.Fatal(err)
	}
	out, err := Generate(*wireDir, src)
	if err != nil {
		log.Fatal(err)
	}
	if bytes.Equal(out, src) {
		return
	}
	if err := os.WriteFile(*client, out, 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wirejs: wrote %s\n", *client)
}

// Generate returns client with its generated block made from the
// constants of the package in wireDir.
func Generate(wireDir string, client []byte) ([]byte, error) {
	groups, err := load(wireDir)
	if err != nil {
		return nil, err
	}
	return splice(client, groups)
}
