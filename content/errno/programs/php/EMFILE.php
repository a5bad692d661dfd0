<?php
// Files are opened in a loop and never closed, until the process's descriptor limit is reached.
$open = [];
while (($f = fopen('part-' . count($open) . '.csv', 'w')) !== false) {
    $open[] = $f;
}
exit(str_contains(error_get_last()['message'], 'Too many open files') ? 0 : 1);
