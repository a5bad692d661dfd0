<?php
// A file opened for reading only is written to.
file_put_contents('notes.txt', "draft\n");
$notes = fopen('notes.txt', 'r');
$written = fwrite($notes, "more\n");
exit($written === false && str_contains(error_get_last()['message'], 'errno=9') ? 0 : 1);
