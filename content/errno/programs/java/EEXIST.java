// The output folder is created on every run; the second run finds it there.
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        Files.createDirectory(Path.of("build"));
        try {
            Files.createDirectory(Path.of("build"));
        } catch (FileAlreadyExistsException e) {
            System.out.println(e);
            System.exit(0);
        }
        System.exit(1);
    }
}
