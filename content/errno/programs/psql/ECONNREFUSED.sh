# Nothing listens on port 5432.
psql -h 127.0.0.1 -c 'select 1'
test $? -eq 2
