package kb.sharecard;

/** Draws one card into PNG bytes. {@link CardPainter} is the real one; tests count or fail draws through this. */
@FunctionalInterface
public interface CardDrawer {

    byte[] draw(ShareCard card);
}
