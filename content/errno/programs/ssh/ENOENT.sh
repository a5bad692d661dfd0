# The key named with -i is not there (nothing listens on port 22 either, so the attempt ends there).
ssh -o BatchMode=yes -i ~/.ssh/deploy_key deploy@127.0.0.1 true
test $? -eq 255
