<?php
// A non-blocking read on a connection that has no data yet: socket_read() returns false without a warning.
$server = socket_create_listen(0);
socket_getsockname($server, $addr, $port);
$client = socket_create(AF_INET, SOCK_STREAM, SOL_TCP);
socket_connect($client, '127.0.0.1', $port);
$conn = socket_accept($server); // connected, silent
socket_set_nonblock($client);
$data = socket_read($client, 64);
echo socket_last_error($client), ': ', socket_strerror(socket_last_error($client)), PHP_EOL;
exit($data === false && socket_last_error($client) === SOCKET_EAGAIN ? 0 : 1);
