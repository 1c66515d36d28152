// Command html2go reads HTML and prints the Go code that builds the same
// tree with JustGo's constructors, so that a designer's mock-up becomes a
// page function (JustPy's parse_html commands).
//
//	html2go [-func name] [-package name] [file.html]
//
// Without a file it reads standard input. It prints a function returning
// the root element; with -package, a whole file.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	fn := flag.String("func", "build", "the name of the function to print")
	pkg := flag.String("package", "", "print a whole Go file of this package")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: html2go [-func name] [-package name] [file.html]")
		flag.PrintDefaults()
	}
	flag.Parse()
	in := io.Reader(os.Stdin)
	if flag.NArg() > 1 {
		flag.Usage()
		os.Exit(2)
	}
	if flag.NArg() == 1 {
		f, err := os.Open(flag.Arg(0))
		if err != nil {
			fmt.Fprintln(os.Stderr, "html2go:", err)
			os.Exit(1)
		}
		defer f.Close()
		in = f
	}
	src, err := Generate(in, *fn, *pkg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "html2go:", err)
		os.Exit(1)
	}
	os.Stdout.Write(src)
}
