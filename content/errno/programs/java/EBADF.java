// A file opened for reading only is written to.
import java.io.*;
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("notes.txt"), "draft\n");
        try (RandomAccessFile notes = new RandomAccessFile("notes.txt", "r")) {
            notes.write("more\n".getBytes());
        } catch (IOException e) {
            System.out.println(e);
            System.exit("Bad file descriptor".equals(e.getMessage()) ? 0 : 1);
        }
        System.exit(1);
    }
}
