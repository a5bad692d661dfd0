# The repository's .git folder may not be written by this user (created by another user, or with sudo).
git init -q app && cd app
chmod 555 .git
git config user.name "Dev"
test $? -eq 255
