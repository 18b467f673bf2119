package kb.refs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Crossref and PubMed on loopback, answering with recorded responses in the services' formats: Crossref's
 * {@code /works/{doi}} message (or 404 "Resource not found."), E-utilities' esummary envelope around the recorded
 * per-PMID summaries (an unknown PMID gets its {@code error}), and esearch's {@code idlist}. It can be made to
 * fail: a status for the next requests (with {@code Retry-After: 0} on 429), or a delay longer than the client waits.
 */
final class StubServices implements AutoCloseable {

    private static final Path RECORDED = RefsRun.FIXTURES.resolve("stub");

    private final HttpServer server;
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failStatus;
    private volatile long delayMillis;

    StubServices() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    String address() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The settings lines of a site that uses this stub. */
    String[] settings() {
        return new String[] {"kb.refs.mailto=editor@clinic.example", "kb.refs.crossref=" + address(),
                "kb.refs.pubmed=" + address() + "/entrez/eutils", "kb.refs.timeout=0.5", "kb.refs.retry-wait=0.01"};
    }

    /** The next {@code times} requests are answered with {@code status}. */
    void fail(int status, int times) {
        failStatus = status;
        failures.set(times);
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String query = exchange.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            if (failStatus == 429) {
                exchange.getResponseHeaders().add("Retry-After", "0");
            }
            send(exchange, failStatus, "text/plain", "Too busy");
            return;
        }
        if (path.startsWith("/works/")) {
            String doi = URLDecoder.decode(path.substring("/works/".length()), StandardCharsets.UTF_8);
            Path file = RECORDED.resolve("crossref-" + doi.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + ".json");
            if (Files.exists(file)) {
                send(exchange, 200, "application/json", Files.readString(file));
            } else {
                send(exchange, 404, "text/plain", "Resource not found.");
            }
        } else if (path.endsWith("/esummary.fcgi")) {
            List<String> ids = List.of(parameter(query, "id").split(","));
            StringBuilder result = new StringBuilder("{\"uids\":[");
            result.append(String.join(",", ids.stream().map(id -> "\"" + id + "\"").toList())).append("]");
            for (String id : ids) {
                Path file = RECORDED.resolve("esummary-" + id + ".json");
                result.append(",\"").append(id).append("\":").append(Files.exists(file) ? Files.readString(file)
                        : "{\"uid\":\"" + id + "\",\"error\":\"cannot get document summary\"}");
            }
            send(exchange, 200, "application/json", "{\"header\":{\"type\":\"esummary\",\"version\":\"0.3\"},\"result\":"
                    + result + "}}");
        } else if (path.endsWith("/esearch.fcgi")) {
            String doi = parameter(query, "term").replace("[doi]", "");
            List<String> found = new ArrayList<>();
            try (var files = Files.list(RECORDED)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("esummary-") && Files.readString(file).toLowerCase(Locale.ROOT)
                            .contains("\"value\":\"" + doi.toLowerCase(Locale.ROOT) + "\"")) {
                        found.add("\"" + name.substring(9, name.length() - 5) + "\"");
                    }
                }
            }
            send(exchange, 200, "application/json", "{\"header\":{\"type\":\"esearch\",\"version\":\"0.3\"},"
                    + "\"esearchresult\":{\"count\":\"" + found.size() + "\",\"retmax\":\"" + found.size()
                    + "\",\"retstart\":\"0\",\"idlist\":[" + String.join(",", found) + "],\"translationset\":[],"
                    + "\"querytranslation\":\"" + doi + "[doi]\"}}");
        } else {
            send(exchange, 404, "text/plain", "Not found");
        }
    }

    private static String parameter(String query, String name) {
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals(name)) {
                return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
