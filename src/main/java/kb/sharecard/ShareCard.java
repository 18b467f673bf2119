package kb.sharecard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What one page's share image shows. {@link #key()} names it in the cache: a hash of every value drawn and of the
 * drawing code's version, so a card is drawn again exactly when what it shows (or how it is drawn) changes.
 */
public record ShareCard(String title, String summary, String clinic, String host) {

    public ShareCard {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        clinic = clinic == null ? "" : clinic.strip();
        host = host == null ? "" : host.strip();
    }

    /** The host without its scheme, as the card prints it ({@code https://kb.example} → {@code kb.example}). */
    public String hostName() {
        return host.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("/+$", "");
    }

    /** The cache name of this card: SHA-256 of the drawing version and every value drawn, in hex. */
    public String key() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {CardPainter.VERSION, title, summary, clinic, host}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
