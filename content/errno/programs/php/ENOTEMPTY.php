<?php
// Removing a folder that still holds a file, with the call that removes only empty folders.
mkdir('build');
file_put_contents('build/app.js', '1');
$removed = rmdir('build');
exit(!$removed && str_contains(error_get_last()['message'], 'Directory not empty') ? 0 : 1);
