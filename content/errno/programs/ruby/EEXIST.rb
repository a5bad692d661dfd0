# The output folder is created on every run; the second run finds it there.
Dir.mkdir('build')
begin
  Dir.mkdir('build')
rescue Errno::EEXIST => e
  puts "#{e.class}: #{e.message}"
  exit 0
end
exit 1
