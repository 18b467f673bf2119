package kb.validate;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kb.files.WholeFile;
import kb.site.Page;
import kb.content.LinkFact;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Report;
import kb.report.Rules;

/**
 * Optional ({@code --online}): requests every external http(s) link once, a few at a time with timeouts, and
 * remembers answers for a week in a cache file so repeated builds do not hammer publishers. A link the server
 * says is gone (404, 410) is an error; other failures (timeouts, 5xx, refused) are warnings, since they are often
 * passing. Off by default: builds must work offline.
 */
final class OnlineLinkCheck implements Check {

    private static final int CONCURRENT = 4;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final long CACHE_DAYS = 7;

    @Override
    public void check(BuiltSite site, Report report) {
        if (!site.settings().online()) {
            return;
        }
        Map<String, List<Where>> links = new LinkedHashMap<>();
        for (Page page : site.index().pages()) {
            for (LinkFact link : page.links()) {
                if (!link.isInternal() && link.written().matches("(?i)https?://.+") && ExternalLinkCheck.malformed(link.written()) == null) {
                    links.computeIfAbsent(link.written(), k -> new ArrayList<>()).add(new Where(link.file(), link.line(), link.column()));
                }
            }
        }
        Properties cache = load(site.settings().linkCache());
        long today = site.settings().today().toEpochDay();
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            Map<String, Future<String>> answers = new LinkedHashMap<>();
            for (String url : links.keySet()) {
                String[] cached = cache.getProperty(url, "").split(" ");
                if (cached.length == 2 && cached[1].matches("\\d+") && today - Long.parseLong(cached[1]) < CACHE_DAYS) {
                    answers.put(url, CompletableFuture.completedFuture(cached[0]));
                } else {
                    answers.put(url, pool.submit(() -> status(client, url)));
                }
            }
            for (Map.Entry<String, Future<String>> answer : answers.entrySet()) {
                String status = get(answer.getValue());
                if (status.matches("\\d+") && Integer.parseInt(status) < 400) {
                    cache.setProperty(answer.getKey(), status + " " + today);
                    continue;
                }
                cache.remove(answer.getKey());
                boolean gone = status.equals("404") || status.equals("410");
                for (Where where : links.get(answer.getKey())) {
                    String message = "external link \"" + answer.getKey() + "\" "
                            + (status.matches("\\d+") ? "answers HTTP " + status : "could not be reached (" + status + ")");
                    String hint = gone ? "find the new address of the page (e.g. through its DOI), or remove the link"
                            : "try the link in a browser; if it works, the site was only slow";
                    report.add(gone ? Problem.error(Rules.LINK_EXTERNAL_DEAD, where.file(), where.line(), where.column(), message, hint)
                            : Problem.warning(Rules.LINK_EXTERNAL_UNREACHABLE, where.file(), where.line(), where.column(), message, hint));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        save(cache, site.settings().linkCache(), report);
    }

    private record Where(String file, int line, int column) {
    }

    /** The HTTP status as text, or a short reason why there was none. */
    private static String status(HttpClient client, String url) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("User-Agent", "kb-link-check/1.0");
            int status = client.send(request.method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 405 || status == 403 || status == 501) {
                // Some publishers refuse HEAD; ask again the ordinary way.
                status = client.send(request.GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            }
            return String.valueOf(status);
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return String.valueOf(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Properties load(Path file) {
        Properties cache = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                cache.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties(); // a damaged cache is only a slower build
            }
        }
        return cache;
    }

    private static void save(Properties cache, Path file, Report report) {
        if (file == null) {
            return;
        }
        try {
            StringWriter text = new StringWriter();
            cache.store(text, "external link answers: status epoch-day");
            WholeFile.write(file, text.toString());
        } catch (IOException e) {
            report.add(Problem.warning(Rules.LINK_CACHE, file.toString(), 0, 0, "cannot write the link cache: " + FileFailure.reason(e),
                    "the next online build asks every site again; check that target/ is writable"));
        }
    }
}
