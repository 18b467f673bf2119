package kb.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the preview folder on the loopback address. HTML responses get the reload script, the preview stylesheet
 * and the problem panel added as they are sent; the files on disk stay exactly what the build wrote. Everything
 * under {@code /_kb/} belongs to the preview itself.
 */
final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/_kb/events";
    static final String HEAD_TAGS =
            "<link rel=\"stylesheet\" href=\"/_kb/preview.css\"><script src=\"/_kb/reload.js\" defer></script>";

    private static final Pattern HEAD_END = Pattern.compile("(?i)</head\\s*>");
    private static final Pattern BODY_START = Pattern.compile("(?i)<body[^>]*>");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final Path root;
    private final Supplier<ProblemPanel> panel;
    private final ReloadChannel reload;
    private final HttpServer server;
    private final ExecutorService threads;

    PreviewServer(Path root, int port, Supplier<ProblemPanel> panel, ReloadChannel reload) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.panel = panel;
        this.reload = reload;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // One thread per connection: event streams stay open for as long as a page is.
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "kb-preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                reload.connect(exchange);
            } else if (path.startsWith("/_kb/")) {
                resource(exchange, path.substring("/_kb/".length()));
            } else {
                file(exchange, path);
            }
        }
    }

    private void resource(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("reload.js") && !name.equals("preview.css")) {
            notFound(exchange);
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("kb/serve/" + name + " is missing from the classpath");
            }
            send(exchange, 200, TYPES.get(extension(name)), in.readAllBytes());
        }
    }

    private void file(HttpExchange exchange, String urlPath) throws IOException {
        Path file = root.resolve(urlPath.substring(1)).normalize();
        if (!file.startsWith(root)) {
            notFound(exchange);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!urlPath.endsWith("/")) {
                // Pages link relatively, so /injuries must become /injuries/ before its links work.
                exchange.getResponseHeaders().set("Location", urlPath + "/");
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            notFound(exchange);
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            // The build swapped the folder while we read: the page reloads after the build anyway.
            notFound(exchange);
            return;
        }
        String type = TYPES.getOrDefault(extension(file.getFileName().toString()), "application/octet-stream");
        if (type.startsWith("text/html")) {
            String url = urlPath.endsWith("/") ? urlPath : urlPath.substring(0, urlPath.lastIndexOf('/') + 1);
            bytes = inject(new String(bytes, StandardCharsets.UTF_8), panel.get().forPage(url));
        }
        send(exchange, 200, type, bytes);
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        String html = Files.isRegularFile(page) ? Files.readString(page, StandardCharsets.UTF_8)
                : "<!DOCTYPE html><html><head><title>Not found</title></head><body><h1>Not found</h1></body></html>";
        send(exchange, 404, TYPES.get("html"), inject(html, panel.get().forMissingPage()));
    }

    /** Adds the preview's stylesheet and script to the head and the problem panel at the top of the body. */
    static byte[] inject(String html, String panel) {
        String out = html;
        Matcher head = HEAD_END.matcher(out);
        out = head.find() ? out.substring(0, head.start()) + HEAD_TAGS + out.substring(head.start()) : HEAD_TAGS + out;
        if (!panel.isEmpty()) {
            Matcher body = BODY_START.matcher(out);
            out = body.find() ? out.substring(0, body.end()) + panel + out.substring(body.end()) : panel + out;
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        reload.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
