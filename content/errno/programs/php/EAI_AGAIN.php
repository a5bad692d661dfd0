<?php
// The configured DNS server cannot be reached: the machine has no network.
$client = stream_socket_client('tcp://db.example.com:5432', $errno, $errstr);
exit($client === false && str_contains($errstr, 'Temporary failure in name resolution') ? 0 : 1);
