// The log path names a folder, and the program opens it to write.
import java.io.*;
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Files.createDirectory(Path.of("logs"));
        boolean nio = false, io = false;
        try {
            Files.writeString(Path.of("logs"), "started\n", StandardOpenOption.APPEND);
        } catch (FileSystemException e) {
            System.out.println(e);
            nio = "Is a directory".equals(e.getReason());
        }
        try {
            new FileOutputStream("logs", true);
        } catch (FileNotFoundException e) {
            System.out.println(e);
            io = e.getMessage().endsWith("(Is a directory)");
        }
        System.exit(nio && io ? 0 : 1);
    }
}
