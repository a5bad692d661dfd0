// Two symbolic links that point at each other.
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Files.createSymbolicLink(Path.of("a.conf"), Path.of("b.conf"));
        Files.createSymbolicLink(Path.of("b.conf"), Path.of("a.conf"));
        try {
            Files.readString(Path.of("a.conf"));
        } catch (FileSystemException e) {
            System.out.println(e);
            System.exit(e.getReason().startsWith("Too many levels of symbolic links") ? 0 : 1);
        }
        System.exit(1);
    }
}
