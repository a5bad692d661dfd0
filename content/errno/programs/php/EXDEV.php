<?php
// A finished folder is renamed onto another file system (/dev/shm is a separate tmpfs); PHP copies files, not folders.
mkdir('upload.tmp');
$moved = rename('upload.tmp', '/dev/shm/upload');
exit(!$moved && str_contains(error_get_last()['message'], 'Invalid cross-device link') ? 0 : 1);
