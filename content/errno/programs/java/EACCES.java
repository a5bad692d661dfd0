// The file exists, but its permissions do not let this user read it.
import java.io.*;
import java.nio.file.*;
import java.nio.file.attribute.PosixFilePermissions;

public class Main {
    public static void main(String[] args) throws Exception {
        Path secret = Files.writeString(Path.of("secret.txt"), "token");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        boolean nio = false, io = false;
        try {
            Files.readString(secret);
        } catch (AccessDeniedException e) {
            System.out.println(e);
            nio = true;
        }
        try {
            new FileInputStream("secret.txt");
        } catch (FileNotFoundException e) {
            System.out.println(e);
            io = e.getMessage().endsWith("(Permission denied)");
        }
        System.exit(nio && io ? 0 : 1);
    }
}
