# A git command was killed mid-way (or another one is still running): its lock file is still there.
git init -q app && cd app
touch .git/index.lock
echo change > README
git add README
test $? -eq 128
