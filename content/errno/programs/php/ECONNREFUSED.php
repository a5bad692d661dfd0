<?php
// Nothing listens on the port any more: it was bound a moment ago and closed.
$gone = stream_socket_server('tcp://127.0.0.1:0');
$address = stream_socket_get_name($gone, false);
fclose($gone);
$client = stream_socket_client("tcp://$address", $errno, $errstr);
exit($client === false && $errno === SOCKET_ECONNREFUSED ? 0 : 1);
