<?php
// The file exists, but its permissions do not let this user read it.
file_put_contents('secret.txt', 'token');
chmod('secret.txt', 0o000);
$secret = file_get_contents('secret.txt');
exit($secret === false && str_contains(error_get_last()['message'], 'Permission denied') ? 0 : 1);
