package kb.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as a small inline SVG: one path of horizontal runs of dark modules, so a page address costs a few
 * kilobytes and prints sharply at any size, with no image file and no request.
 */
public final class QrSvg {

    /** Quiet zone around the code, in modules (the QR standard asks for four). */
    static final int MARGIN = 4;

    private QrSvg() {
    }

    /** The QR code of {@code text} as an {@code <svg>} element with an accessible name. */
    public static String of(String text, String label) {
        BitMatrix matrix = matrix(text);
        int size = matrix.getWidth() + 2 * MARGIN;
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path(matrix) + "\"/></svg>";
    }

    /** The modules of the code, without quiet zone; medium error correction survives a creased handout. A fixed mask
     * (0) instead of ZXing choosing the best of 8 is ten times faster per code. */
    static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8",
                            // Scoring all 8 masks was a fifth of a 5,000-page build (JFR); any mask gives a valid
                            // code, and the decode test reads it back.
                            EncodeHintType.QR_MASK_PATTERN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode \"" + text + "\" as a QR code: " + e.getMessage(), e);
        }
    }

    /** One {@code M x y h n v1 h -n z} rectangle per run of dark modules in a row. */
    static String path(BitMatrix matrix) {
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                d.append('M').append(start + MARGIN).append(' ').append(y + MARGIN)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
        return d.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
