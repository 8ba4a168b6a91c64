// hello prints a greeting, or its version with --version.
package main

import (
	"fmt"
	"os"
)

// version is set at build time: go build -ldflags "-X main.version=1.2.3".
var version = "0.0.0"

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Printf("hello %s\n", version)
		return
	}
	fmt.Println("Hello, world!")
}
