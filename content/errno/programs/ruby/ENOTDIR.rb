# A path goes through a file as if it were a folder.
File.write('config.json', '{}')
begin
  File.read('config.json/app.conf')
rescue Errno::ENOTDIR => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
