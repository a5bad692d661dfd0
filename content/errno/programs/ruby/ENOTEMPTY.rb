# Removing a folder that still holds a file, with the call that removes only empty folders.
Dir.mkdir('build')
File.write('build/app.js', '1')
begin
  Dir.rmdir('build')
rescue Errno::ENOTEMPTY => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
