<?php
// A folder is moved into its own subfolder.
mkdir('photos/2024', 0o777, true);
$moved = rename('photos', 'photos/2024/photos');
exit(!$moved && str_contains(error_get_last()['message'], 'Invalid argument') ? 0 : 1);
