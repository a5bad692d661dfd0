# The log path names a folder, and the program opens it to write.
Dir.mkdir('logs')
begin
  File.open('logs', 'a') { |f| f.puts 'started' }
rescue Errno::EISDIR => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
