// The API's address from configuration, scheme included, is used as a host name.
import java.net.*;

public class Main {
    public static void main(String[] args) throws Exception {
        try {
            new Socket("https://api.example.com", 443);
        } catch (UnknownHostException e) {
            System.out.println(e);
            System.exit(0);
        }
        System.exit(1);
    }
}
