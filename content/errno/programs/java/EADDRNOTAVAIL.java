// The server is configured to listen on an address this machine does not have.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        try {
            new ServerSocket(8080, 50, InetAddress.getByName("192.0.2.10"));
        } catch (BindException e) {
            System.out.println(e);
            System.exit(e.getMessage().startsWith("Cannot assign requested address") ? 0 : 1);
        }
        System.exit(1);
    }
}
