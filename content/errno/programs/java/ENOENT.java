// The program reads a configuration file that is not there, with java.nio.file and with java.io.
import java.io.*;
import java.nio.file.*;

public class Main {
    public static void main(String[] args) throws Exception {
        boolean nio = false, io = false;
        try {
            Files.readString(Path.of("config.json"));
        } catch (NoSuchFileException e) {
            System.out.println(e);
            nio = true;
        }
        try {
            new FileInputStream("config.json");
        } catch (FileNotFoundException e) {
            System.out.println(e);
            io = e.getMessage().endsWith("(No such file or directory)");
        }
        System.exit(nio && io ? 0 : 1);
    }
}
