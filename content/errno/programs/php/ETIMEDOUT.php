<?php
// The server's listen queue is full, so its kernel ignores the connection attempt until the client gives up.
$context = stream_context_create(['socket' => ['backlog' => 1]]);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
$address = stream_socket_get_name($server, false);
$queued = [stream_socket_client("tcp://$address"), stream_socket_client("tcp://$address")];
$client = stream_socket_client("tcp://$address", $errno, $errstr, 10);
exit($client === false && $errno === SOCKET_ETIMEDOUT ? 0 : 1);
