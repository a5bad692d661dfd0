// A server reads the request, then aborts the connection (SO_LINGER 0 sends a reset); the client's read fails.
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		c.Read(make([]byte, 64))
		c.(*net.TCPConn).SetLinger(0)
		c.Close()
	}()
	conn, _ := net.Dial("tcp", ln.Addr().String())
	conn.Write([]byte("GET / HTTP/1.1\r\n\r\n"))
	_, err := conn.Read(make([]byte, 64))
	fmt.Println(err)
	if !errors.Is(err, syscall.ECONNRESET) {
		os.Exit(1)
	}
}
