<?php
// Something on the machine destroys the connection (here `ss --kill`, in real life a VPN or firewall agent).
// With the sockets extension: a stream's fread() returns false and says nothing.
$server = socket_create_listen(0);
socket_getsockname($server, $addr, $port);
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($client, '127.0.0.1', $port);
$conn = socket_accept($server);
exec("ss --kill --tcp dst 127.0.0.1:$port");
$data = socket_read($client, 64);
exit($data === false && socket_last_error($client) === SOCKET_ECONNABORTED ? 0 : 1);
