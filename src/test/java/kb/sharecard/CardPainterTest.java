package kb.sharecard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CardPainterTest {

    private static final ShareCard CARD = new ShareCard("Runner's knee (patellofemoral pain)",
            "A dull ache around or behind the kneecap.", "Stride Sports Massage Clinic", "https://kb.example");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void drawsA1200By630Png() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new CardPainter().draw(CARD)));
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
        assertEquals(0x0b5c8a, image.getRGB(1190, 10) & 0xffffff, "the site's accent as background");
    }

    @Test
    void drawsTheSameBytesTwiceWithoutATimestamp() {
        byte[] first = new CardPainter().draw(CARD);
        byte[] second = new CardPainter().draw(CARD);
        assertArrayEquals(first, second);
        String chunks = new String(first, StandardCharsets.ISO_8859_1);
        assertFalse(chunks.contains("tIME"), "no modification time chunk");
        assertFalse(chunks.contains("tEXt"), "no text chunk (software, date)");
    }

    @Test
    void drawsTheTextItIsGiven() {
        byte[] other = new CardPainter().draw(new ShareCard("Shin splints", CARD.summary(), CARD.clinic(), CARD.host()));
        assertFalse(java.util.Arrays.equals(new CardPainter().draw(CARD), other));
    }

    @Test
    void wrapsALongTitleToThreeLinesEndingInAnEllipsis() {
        FontMetrics metrics = metrics(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        String title = "Graston and instrument-assisted soft tissue mobilisation, also called IASTM, and what the"
                + " research says about scraping the skin over a tendon";
        List<String> lines = CardPainter.wrap(title, metrics, 1040, 3);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(2).endsWith("…"), lines.toString());
        for (String line : lines) {
            assertTrue(metrics.stringWidth(line) <= 1040, "fits: " + line);
        }
        assertEquals(List.of("Shin splints"), CardPainter.wrap("Shin splints", metrics, 1040, 3));
    }

    @Test
    void breaksAWordWiderThanTheLine() {
        FontMetrics metrics = metrics(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        List<String> lines = CardPainter.wrap(word, metrics, 1040, 3);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(word, String.join("", lines));
        assertTrue(lines.stream().allMatch(line -> metrics.stringWidth(line) <= 1040));
    }

    @Test
    void theCacheKeyChangesWithEveryValueDrawn() {
        assertEquals(CARD.key(), new ShareCard(CARD.title(), CARD.summary(), CARD.clinic(), CARD.host()).key());
        assertNotEquals(CARD.key(), new ShareCard(CARD.title() + "!", CARD.summary(), CARD.clinic(), CARD.host()).key());
        assertNotEquals(CARD.key(), new ShareCard(CARD.title(), "", CARD.clinic(), CARD.host()).key());
        assertNotEquals(CARD.key(), new ShareCard(CARD.title(), CARD.summary(), "Other clinic", CARD.host()).key());
        assertNotEquals(CARD.key(), new ShareCard(CARD.title(), CARD.summary(), CARD.clinic(), "https://b.example").key());
        assertEquals("kb.example", CARD.hostName());
    }

    private static FontMetrics metrics(Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_FRACTIONALMETRICS, java.awt.RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g.getFontMetrics(font);
    }
}
