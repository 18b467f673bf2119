package kb.refs;

import java.text.Normalizer;
import java.util.Locale;
import org.jsoup.Jsoup;

/** Text as the services send it, and the forms in which two texts are compared. */
final class Texts {

    private Texts() {
    }

    /** Without markup ({@code <i>}, JATS tags) or entities ({@code &amp;}), with single spaces; null stays null. */
    static String plain(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parse(text).text() : text;
        return plain.replaceAll("\\s+", " ").strip();
    }

    /** For comparing: lower case, accents and punctuation gone, "&" as "and", no leading "the". */
    static String comparable(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(plain(text).toLowerCase(Locale.ROOT).replace("&", " and "), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** A page range with its end written out ("1105-12" → "1105-1112") and en dashes as hyphens. */
    static String pages(String pages) {
        if (pages == null) {
            return null;
        }
        String p = pages.strip().replace('–', '-').replace("--", "-");
        int dash = p.indexOf('-');
        if (dash > 0) {
            String start = p.substring(0, dash);
            String end = p.substring(dash + 1);
            if (start.matches("[0-9]+") && end.matches("[0-9]+") && end.length() < start.length()) {
                end = start.substring(0, start.length() - end.length()) + end;
            }
            return start + "-" + end;
        }
        return p;
    }
}
