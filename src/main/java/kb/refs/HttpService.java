package kb.refs;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * One web service, asked politely: one request at a time, at most {@code perSecond} a second, the editor's
 * address in the User-Agent, a time limit for each answer, and up to {@link ServiceSettings#ATTEMPTS} tries when
 * the service is busy (429, honouring its Retry-After), failing (5xx) or slow, waiting twice as long before each
 * retry. A 404 is an answer (the identifier does not exist); anything else it cannot get is a {@link RefsException}
 * that names the service and what it said.
 */
final class HttpService {

    /** The longest Retry-After that is waited for; a longer one stops the command with a message. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final String name;
    private final ServiceSettings settings;
    private final long spacingNanos;
    private final HttpClient client;
    private long lastRequest;

    HttpService(String name, ServiceSettings settings, double perSecond) {
        this.name = name;
        this.settings = settings;
        this.spacingNanos = (long) (1_000_000_000L / perSecond);
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The body of a 200 answer, or null for 404. */
    String get(URI uri) throws RefsException {
        Duration wait = settings.retryWait();
        String last = null;
        for (int attempt = 1; attempt <= ServiceSettings.ATTEMPTS; attempt++) {
            HttpResponse<String> response;
            try {
                pace();
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                        .header("User-Agent", ServiceSettings.TOOL + " (mailto:" + settings.mailto() + ")")
                        .header("Accept", "application/json").GET().build();
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (HttpTimeoutException e) {
                last = "did not answer within " + seconds(settings.timeout());
                sleep(wait);
                wait = wait.multipliedBy(2);
                continue;
            } catch (ConnectException | UnknownHostException e) {
                throw new RefsException("cannot reach " + name + " at " + uri.getHost() + ": is this computer offline?"
                        + " Run kb refs verify --offline to check against the answers saved before, or try again online");
            } catch (IOException e) {
                last = "broke off the connection";
                sleep(wait);
                wait = wait.multipliedBy(2);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RefsException("stopped while waiting for " + name);
            }
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 404) {
                return null;
            }
            if (status == 429 || status >= 500) {
                Duration asked = retryAfter(response);
                if (asked != null && asked.compareTo(LONGEST_WAIT) > 0) {
                    throw new RefsException(name + " answered " + status + " (too many requests) and asks to wait "
                            + seconds(asked) + "; try again later");
                }
                last = "answered " + status + (status == 429 ? " (too many requests)" : " (server error)");
                sleep(asked != null ? asked : wait);
                wait = wait.multipliedBy(2);
                continue;
            }
            throw new RefsException(name + " answered " + status + " for " + uri
                    + (status == 400 ? ": the identifier is probably malformed" : "") + "; nothing was changed");
        }
        throw new RefsException(name + " " + last + ", " + ServiceSettings.ATTEMPTS
                + " times; nothing was changed. Try again later");
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        OptionalLong seconds = response.headers().firstValueAsLong("Retry-After");
        return seconds.isPresent() && seconds.getAsLong() >= 0 ? Duration.ofSeconds(seconds.getAsLong()) : null;
    }

    /** Keeps requests at least {@code spacingNanos} apart: the services' published rate limits. */
    private void pace() throws InterruptedException {
        long now = System.nanoTime();
        long due = lastRequest + spacingNanos;
        if (lastRequest != 0 && now < due) {
            Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
        }
        lastRequest = System.nanoTime();
    }

    private static void sleep(Duration duration) throws RefsException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefsException("stopped while waiting to ask again");
        }
    }

    private static String seconds(Duration duration) {
        return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
