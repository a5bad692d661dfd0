# A command is pointed at a checkout that is not there.
git -C services/api status
test $? -eq 128
