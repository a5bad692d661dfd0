<?php
// The log path names a folder, and the program opens it to write.
mkdir('logs');
$log = fopen('logs', 'a');
exit($log === false && str_contains(error_get_last()['message'], 'Is a directory') ? 0 : 1);
