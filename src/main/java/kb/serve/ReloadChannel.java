package kb.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.sun.net.httpserver.HttpExchange;

/**
 * The Server-Sent Events stream at {@code /_kb/events}: each open preview page holds one connection, and every
 * finished rebuild sends it a {@code reload} event. A new connection first gets a {@code hello} event naming the
 * current build, so a page that reconnects after a restart of the preview can tell that it is out of date. A
 * connection is dropped as soon as writing to it fails.
 */
final class ReloadChannel {

    private static final long HEARTBEAT_SECONDS = 15;

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private volatile long build;
    private volatile boolean closed;

    /** Serves one event-stream connection; returns when the client goes away or the channel closes. */
    void connect(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange.getResponseBody());
        clients.add(client);
        try {
            // A retry delay, then a first event so the client knows it is connected.
            client.send("retry: 500\nevent: hello\ndata: " + version() + "\n\n");
            while (!closed && client.alive()) {
                // Comments keep proxies from timing out and reveal clients that went away.
                if (!client.awaitGone(HEARTBEAT_SECONDS)) {
                    client.send(": heartbeat\n\n");
                }
            }
        } finally {
            clients.remove(client);
            exchange.close();
        }
    }

    /** Number of pages currently listening. */
    int clientCount() {
        return clients.size();
    }

    /** Records that build number {@code build} is served, and tells every listening page to reload. */
    void reload(long build) {
        this.build = build;
        for (Client client : clients) {
            client.send("event: reload\ndata: " + version() + "\n\n");
        }
    }

    /** Names the build being served: this preview run and its build number. */
    private String version() {
        return session + "-" + build;
    }

    void close() {
        closed = true;
        clients.forEach(Client::gone);
    }

    private static final class Client {
        private final OutputStream out;
        private final CountDownLatch gone = new CountDownLatch(1);

        Client(OutputStream out) {
            this.out = out;
        }

        synchronized void send(String event) {
            if (!alive()) {
                return;
            }
            try {
                out.write(event.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                gone();
            }
        }

        boolean alive() {
            return gone.getCount() > 0;
        }

        void gone() {
            gone.countDown();
        }

        boolean awaitGone(long seconds) {
            try {
                return gone.await(seconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                gone();
                return true;
            }
        }
    }
}
