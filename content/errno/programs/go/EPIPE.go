// The server has closed the connection; the first write draws a reset, the next one fails.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		c.Close()
	}()
	conn, _ := net.Dial("tcp", ln.Addr().String())
	var err error
	for err == nil {
		time.Sleep(20 * time.Millisecond)
		_, err = conn.Write([]byte("data\n"))
	}
	fmt.Println(err)
	if !errors.Is(err, syscall.EPIPE) {
		os.Exit(1)
	}
}
