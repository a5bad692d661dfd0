<?php
// Two symbolic links that point at each other.
symlink('b.conf', 'a.conf');
symlink('a.conf', 'b.conf');
$conf = file_get_contents('a.conf');
exit($conf === false && str_contains(error_get_last()['message'], 'Too many levels of symbolic links') ? 0 : 1);
