<?php
// The server is configured to listen on an address this machine does not have.
$server = stream_socket_server('tcp://192.0.2.10:8080', $errno, $errstr);
// A server stream sets only the message: $errno stays 0.
exit($server === false && $errstr === 'Cannot assign requested address' ? 0 : 1);
