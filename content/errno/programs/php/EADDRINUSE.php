<?php
// A second server tries to listen on a port the first one holds.
$first = stream_socket_server('tcp://127.0.0.1:0');
$second = stream_socket_server('tcp://' . stream_socket_get_name($first, false), $errno, $errstr);
// A server stream sets only the message: $errno stays 0.
exit($second === false && $errstr === 'Address already in use' ? 0 : 1);
