package kb.refs;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kb.report.Problem;
import kb.report.Rules;

/**
 * A CSL-JSON file (Zotero's "CSL JSON" and Better BibTeX's "Better CSL JSON" exports): an array of items, or one
 * item. Jackson reads the JSON, so every item and every syntax error has its line and column (citeproc-java's own
 * JSON reader keeps none); citeproc-java's {@link CSLItemData#fromJson} turns each item into the CSL data model.
 */
final class CslJsonFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private CslJsonFile() {
    }

    static List<ImportedItem> read(String text, String file) throws ImportException {
        List<ImportedItem> items = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                items.add(item(parser, 1, file));
            } else if (first == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    items.add(item(parser, items.size() + 1, file));
                }
                if (parser.currentToken() != JsonToken.END_ARRAY) {
                    throw syntax(file, parser.currentTokenLocation(), "each reference must be a {...} object");
                }
            } else {
                throw syntax(file, parser.currentTokenLocation(), "a CSL-JSON file is a list of references, [ {...}, {...} ]");
            }
            if (parser.nextToken() != null) {
                throw syntax(file, parser.currentTokenLocation(), "there is more after the list of references");
            }
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().lines().findFirst().orElse("").replaceAll("\\s*\\(code \\d+\\)", "");
            throw syntax(file, e.getLocation(), "this is not valid JSON: " + reason);
        } catch (IOException e) {
            throw new IllegalStateException(e); // read from a string: no input/output can fail
        }
        return items;
    }

    private static ImportedItem item(JsonParser parser, int number, String file) throws IOException, ImportException {
        JsonLocation at = parser.currentTokenLocation();
        Map<String, Object> object = JSON.readValue(parser, OBJECT);
        // Some exporters write the date as text ("2012-03"); the CSL model keeps such a date as "raw".
        if (object.get("issued") instanceof String raw) {
            object.put("issued", Map.of("raw", raw));
        }
        try {
            return new ImportedItem(CSLItemData.fromJson(object), number, at.getLineNr(), at.getColumnNr());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw syntax(file, at, "reference " + number + " is not a CSL item: "
                    + (e instanceof IllegalArgumentException ? e.getMessage().replace('`', '"').replace('\'', '"')
                       : "a field has the wrong kind of value"));
        }
    }

    private static ImportException syntax(String file, JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null || line == 0 ? 0 : Math.max(at.getColumnNr(), 0);
        return new ImportException(Problem.error(Rules.REFS_IMPORT_SYNTAX, file, line, column, message,
                "export the references again from your reference manager (Zotero: Export Collection, format CSL JSON),"
                        + " or correct the file at this place"));
    }
}
