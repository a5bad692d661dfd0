<?php
// A file name built from data grows past the 255 bytes a Linux file name may have.
$name = str_repeat('report-', 40) . '.txt';
$written = file_put_contents($name, 'x');
exit($written === false && str_contains(error_get_last()['message'], 'File name too long') ? 0 : 1);
