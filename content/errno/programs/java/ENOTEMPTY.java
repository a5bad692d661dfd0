// Removing a folder that still holds a file, with the call that removes only empty folders.
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Path build = Files.createDirectory(Path.of("build"));
        Files.writeString(build.resolve("app.js"), "1");
        try {
            Files.delete(build);
        } catch (DirectoryNotEmptyException e) {
            System.out.println(e);
            System.exit(0);
        }
        System.exit(1);
    }
}
