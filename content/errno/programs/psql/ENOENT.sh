# No server runs on this machine, so its Unix socket is not there.
psql -c 'select 1'
test $? -eq 2
