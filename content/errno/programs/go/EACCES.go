// The file exists, but its permissions do not let this user read it.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	os.WriteFile("secret.txt", []byte("token"), 0o000)
	_, err := os.ReadFile("secret.txt")
	fmt.Println(err)
	if !errors.Is(err, fs.ErrPermission) {
		os.Exit(1)
	}
}
