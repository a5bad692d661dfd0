<?php
// The database host is read from a file that `echo` wrote, newline included.
file_put_contents('db-host.txt', "db.example.com\n");
$host = file_get_contents('db-host.txt');
$client = fsockopen($host, 5432, $errno, $errstr);
exit($client === false && str_contains($errstr, 'Name or service not known') ? 0 : 1);
