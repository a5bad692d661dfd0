<?php
// A path that names a file is listed as if it were a folder.
// (file_get_contents('config.json/app.conf') reports "No such file or directory" instead.)
file_put_contents('config.json', '{}');
$entries = scandir('config.json');
exit($entries === false && str_contains(error_get_last()['message'], 'Not a directory') ? 0 : 1);
