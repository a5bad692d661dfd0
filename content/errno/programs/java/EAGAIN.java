// A thread per task, with the user's process limit set low (ulimit -u): the JVM cannot start another thread.
public class Main {
    public static void main(String[] args) throws Exception {
        try {
            while (true) {
                Thread worker = new Thread(() -> {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                    }
                });
                worker.setDaemon(true);
                worker.start();
            }
        } catch (OutOfMemoryError e) {
            System.out.println(e);
            System.exit(e.getMessage().startsWith("unable to create native thread") ? 0 : 1);
        }
    }
}
