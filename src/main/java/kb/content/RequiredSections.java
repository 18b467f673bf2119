package kb.content;

/**
 * What the engine knows of sections whatever the type: the References heading that ends a page. Each type's
 * required {@code ##} headings are declared in the site's types file ({@link ContentTypes.Type#sections}); the
 * validator checks pages against them and {@code kb new} writes them into new pages.
 */
public final class RequiredSections {

    /** The last section of a page that cites: the build writes the numbered reference list after it. */
    public static final String REFERENCES = "References";

    private RequiredSections() {
    }
}
