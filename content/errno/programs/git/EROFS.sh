# A clone onto a read-only file system (everything here but the working folder).
git init -q --bare app.git
git clone -q app.git /tmp/app 2>&1
test $? -eq 128
