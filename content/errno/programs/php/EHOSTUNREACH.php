<?php
// The routing table marks 198.51.100.0/24 unreachable, as a VPN or a gateway that knows the host is down does.
$client = stream_socket_client('tcp://198.51.100.7:5432', $errno, $errstr);
exit($client === false && $errno === SOCKET_EHOSTUNREACH ? 0 : 1);
