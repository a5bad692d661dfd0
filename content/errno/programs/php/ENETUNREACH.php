<?php
// No route leaves the machine (a container without a network, a laptop offline): only loopback works.
$client = stream_socket_client('tcp://203.0.113.5:443', $errno, $errstr);
exit($client === false && $errno === SOCKET_ENETUNREACH ? 0 : 1);
