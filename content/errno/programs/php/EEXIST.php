<?php
// The output folder is created on every run; the second run finds it there.
mkdir('build');
$made = mkdir('build');
exit(!$made && str_contains(error_get_last()['message'], 'File exists') ? 0 : 1);
