package kb.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kb.report.FileFailure;
import kb.report.Problem;
import kb.report.Rules;

/**
 * Reads a content file as strict UTF-8. JBake decodes leniently (bad bytes become U+FFFD without a word), so we
 * decode first and name the first bad byte's offset and line.
 */
public final class SourceText {

    /** Files above this size are refused: nobody writes a 5 MB health page, and it would slow every build. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final String SAVE_AS_UTF8 =
            "save the file as UTF-8 in your editor (often \"Save with encoding\" or \"Reopen with encoding\")";

    private SourceText() {
    }

    /** Returns the decoded text, or throws a {@link ContentException} naming the file, line and byte offset. */
    public static String read(Path file, String displayName) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ContentException(Problem.error(Rules.FILE_TOO_LARGE, displayName, 1, 1,
                        "file is " + size / 1024 + " KB, more than the " + MAX_BYTES / 1024 + " KB a content file may have",
                        "split the page into smaller pages, or move large data out of content/"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Problem.error(Rules.FILE_UNREADABLE, displayName, 0, 0,
                    "cannot read the file: " + FileFailure.reason(e), "check that the file exists and can be read"));
        }
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new ContentException(Problem.error(Rules.FILE_EMPTY, displayName, 1, 1, "file is empty",
                    "add front matter and some text, or delete the file"));
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ContentException(Problem.error(Rules.FILE_ENCODING, displayName, 1, 1,
                    "file is saved as UTF-16 (it starts with the bytes 0x" + String.format("%02X%02X", bytes[0], bytes[1])
                            + "), not UTF-8",
                    SAVE_AS_UTF8));
        }
        return decode(bytes, displayName);
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    static String decode(byte[] bytes, String displayName) {
        // The JDK's own decoding is several times faster; only a text holding U+FFFD (a bad byte, or one written
        // as such) is decoded again strictly, to name the bad byte.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return withoutBom(fast);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new ContentException(Problem.error(Rules.FILE_ENCODING, displayName, line, offset - lineStart + 1,
                    String.format("file is not valid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xff, offset),
                    SAVE_AS_UTF8));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return withoutBom(text);
    }

    private static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
