# The program reads a configuration file that is not there.
begin
  File.read('config.json')
rescue Errno::ENOENT => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
