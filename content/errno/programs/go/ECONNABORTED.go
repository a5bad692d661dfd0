// Something on the machine destroys the connection (here `ss --kill`, in real life a VPN or firewall agent).
package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"syscall"
)

func main() {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	go func() {
		c, _ := ln.Accept()
		defer c.Close()
		select {}
	}()
	conn, _ := net.Dial("tcp", ln.Addr().String())
	go exec.Command("ss", "--kill", "--tcp", "dst", ln.Addr().String()).Run()
	_, err := conn.Read(make([]byte, 64))
	fmt.Println(err)
	if !errors.Is(err, syscall.ECONNABORTED) {
		os.Exit(1)
	}
}
