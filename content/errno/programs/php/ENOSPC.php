<?php
// A write to a device that is always full (/dev/full), as a write to a full disk fails.
$written = file_put_contents('/dev/full', "report\n");
exit($written === false && str_contains(error_get_last()['message'], 'No space left on device') ? 0 : 1);
