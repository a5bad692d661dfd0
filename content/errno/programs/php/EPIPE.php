<?php
// The server has closed the connection; the first write draws a reset, the next one fails.
$server = stream_socket_server('tcp://127.0.0.1:0');
$client = stream_socket_client('tcp://' . stream_socket_get_name($server, false));
fclose(stream_socket_accept($server));
do {
    usleep(20000);
    $written = fwrite($client, "data\n");
} while ($written !== false);
exit(str_contains(error_get_last()['message'], 'errno=32') ? 0 : 1);
