// No route leaves the machine (a container without a network, a laptop offline): only loopback works.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        try {
            new Socket("203.0.113.5", 443);
        } catch (SocketException e) {
            System.out.println(e);
            System.exit("Network is unreachable".equals(e.getMessage()) ? 0 : 1);
        }
        System.exit(1);
    }
}
