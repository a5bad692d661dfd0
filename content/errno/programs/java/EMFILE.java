// Files are opened in a loop and never closed, until the process's descriptor limit is reached.
import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws Exception {
        List<FileOutputStream> open = new ArrayList<>();
        try {
            for (int i = 0; ; i++) open.add(new FileOutputStream("part-" + i + ".csv"));
        } catch (FileNotFoundException e) {
            System.out.println(e);
            System.exit(e.getMessage().endsWith("(Too many open files)") ? 0 : 1);
        }
    }
}
