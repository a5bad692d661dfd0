<?php
// A server reads the request, then aborts the connection (SO_LINGER 0 sends a reset); the client's read fails.
// With the sockets extension: a stream's fread() returns false and says nothing.
$server = socket_create_listen(0);
socket_getsockname($server, $addr, $port);
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($client, '127.0.0.1', $port);
$conn = socket_accept($server);
socket_write($client, "GET / HTTP/1.1\r\n\r\n");
socket_read($conn, 64);
socket_set_option($conn, SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
socket_close($conn);
$data = socket_read($client, 64);
exit($data === false && socket_last_error($client) === SOCKET_ECONNRESET ? 0 : 1);
