package kb.refs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Crossref's REST API, {@code GET /works/{doi}}: the work's {@code message} with {@code title},
 * {@code author} ({@code family}, {@code given}, or {@code name} for a group), the {@code issued},
 * {@code published-print} and {@code published-online} dates, {@code container-title},
 * {@code short-container-title}, {@code volume}, {@code issue}, {@code page} and {@code article-number}.
 * At most 5 requests a second, one at a time: the limits Crossref publishes for its public pool.
 */
final class Crossref {

    static final String NAME = "Crossref";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpService http;
    private final ServiceSettings settings;

    Crossref(ServiceSettings settings) {
        this.settings = settings;
        this.http = new HttpService(NAME, settings, 5);
    }

    Work work(String doi) throws RefsException {
        URI uri = URI.create(settings.crossref().toString().replaceAll("/+$", "") + "/works/" + encode(doi)
                + "?mailto=" + encode(settings.mailto()));
        String body = http.get(uri);
        if (body == null) {
            return Work.missing();
        }
        JsonNode message;
        try {
            message = JSON.readTree(body).path("message");
        } catch (JsonProcessingException e) {
            throw new RefsException(NAME + " sent an answer for DOI " + doi + " that is not JSON; try again later");
        }
        if (!message.isObject()) {
            throw new RefsException(NAME + " sent an answer for DOI " + doi + " without the work; try again later");
        }
        List<String> authors = new ArrayList<>();
        for (JsonNode author : message.path("author")) {
            if (author.hasNonNull("family")) {
                String initials = CslMapping.initials(author.path("given").asText(null), null);
                authors.add(author.path("family").asText().strip() + (initials.isEmpty() ? "" : " " + initials));
            } else if (author.hasNonNull("name")) {
                authors.add(author.path("name").asText().strip());
            }
        }
        List<String> years = new ArrayList<>();
        for (String date : List.of("published-print", "issued", "published-online", "published")) {
            JsonNode year = message.path(date).path("date-parts").path(0).path(0);
            if (year.canConvertToInt() && year.asInt() > 0 && !years.contains(year.asText())) {
                years.add(year.asText());
            }
        }
        List<String> journals = new ArrayList<>();
        message.path("container-title").forEach(t -> journals.add(Texts.plain(t.asText())));
        message.path("short-container-title").forEach(t -> journals.add(Texts.plain(t.asText())));
        return new Work(true, Texts.plain(first(message.path("title"))), authors, years, journals,
                text(message, "volume"), text(message, "issue"), text(message, "page"), text(message, "article-number"),
                text(message, "DOI"), null, null);
    }

    private static String first(JsonNode list) {
        return list.isArray() && list.size() > 0 ? list.get(0).asText() : list.isTextual() ? list.asText() : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    /** A DOI or address as one path segment or query value: every character but unreserved ones and / escaped. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
