<?php
// The file system is mounted read-only (here everything but the working folder, as in a locked-down container).
$written = file_put_contents('/tmp/report.txt', "done\n");
exit($written === false && str_contains(error_get_last()['message'], 'Read-only file system') ? 0 : 1);
