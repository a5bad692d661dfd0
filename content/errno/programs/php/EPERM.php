<?php
// A hard link to a folder: Linux refuses it to every user, root included.
mkdir('photos');
$linked = link('photos', 'photos-backup');
exit(!$linked && str_contains(error_get_last()['message'], 'Operation not permitted') ? 0 : 1);
