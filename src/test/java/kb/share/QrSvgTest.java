package kb.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG drawn from ZXing's matrix is a QR code that a reader decodes back to the page address. */
class QrSvgTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final int SCALE = 4;

    @Test
    void svgDecodesBackToTheAddress() throws Exception {
        String address = "https://kb.stride-massage.example/injuries/runners-knee/";
        String svg = QrSvg.of(address, "QR code of the page");
        assertEquals(address, decode(svg));
    }

    @Test
    void svgHasAnAccessibleNameAndAQuietZone() {
        String svg = QrSvg.of("https://example.org/a/", "QR code of \"a\" & b");
        assertTrue(svg.contains("role=\"img\" aria-label=\"QR code of &quot;a&quot; &amp; b\""), svg);
        Matcher runs = RUN.matcher(svg);
        int size = size(svg);
        while (runs.find()) {
            int x = Integer.parseInt(runs.group(1));
            int y = Integer.parseInt(runs.group(2));
            assertTrue(x >= QrSvg.MARGIN && y >= QrSvg.MARGIN && y < size - QrSvg.MARGIN
                    && x + Integer.parseInt(runs.group(3)) <= size - QrSvg.MARGIN, "run inside the quiet zone: " + runs.group());
        }
    }

    /** Paints the path's runs into pixels and reads them with ZXing's decoder. */
    private static String decode(String svg) throws Exception {
        int size = size(svg);
        int[] pixels = new int[size * SCALE * size * SCALE];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher runs = RUN.matcher(svg);
        while (runs.find()) {
            int x = Integer.parseInt(runs.group(1));
            int y = Integer.parseInt(runs.group(2));
            int length = Integer.parseInt(runs.group(3));
            for (int py = y * SCALE; py < (y + 1) * SCALE; py++) {
                for (int px = x * SCALE; px < (x + length) * SCALE; px++) {
                    pixels[py * size * SCALE + px] = 0xFF000000;
                }
            }
        }
        RGBLuminanceSource source = new RGBLuminanceSource(size * SCALE, size * SCALE, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }

    private static int size(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertTrue(box.find(), svg);
        return Integer.parseInt(box.group(1));
    }
}
