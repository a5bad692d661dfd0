<?php
// The program reads a configuration file that is not there.
$config = file_get_contents('config.json');
exit($config === false && str_contains(error_get_last()['message'], 'No such file or directory') ? 0 : 1);
