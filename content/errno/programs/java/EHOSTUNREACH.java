// The routing table marks 198.51.100.0/24 unreachable, as a VPN or a gateway that knows the host is down does.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        try {
            new Socket("198.51.100.7", 5432);
        } catch (NoRouteToHostException e) {
            System.out.println(e);
            System.exit(0);
        }
        System.exit(1);
    }
}
