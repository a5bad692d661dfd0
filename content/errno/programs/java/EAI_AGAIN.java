// The configured DNS server cannot be reached: the machine has no network.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        try {
            new Socket("db.example.com", 5432);
        } catch (UnknownHostException e) {
            // The message is only the host name: it does not say the lookup failed rather than the name.
            System.out.println(e);
            System.exit(0);
        }
        System.exit(1);
    }
}
