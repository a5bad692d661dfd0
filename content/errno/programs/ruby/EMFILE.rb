# Files are opened in a loop and never closed, until the process's descriptor limit is reached.
open_files = []
begin
  loop { open_files << File.open("part-#{open_files.size}.csv", 'w') }
rescue Errno::EMFILE => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
