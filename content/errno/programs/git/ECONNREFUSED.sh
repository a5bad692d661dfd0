# Nothing listens on git's port (9418).
git clone git://127.0.0.1/app.git
test $? -eq 128
