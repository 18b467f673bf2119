package kb.render;

/**
 * The Content-Security-Policy every built page carries in a {@code <meta>} element: scripts, styles and images
 * from the site only, no inline code. One value for the templates ({@code site.content_security_policy}) and the
 * redirect pages the build writes itself. {@code frame-ancestors} only works as an HTTP header, so the server
 * examples in docs/deployment.md add it there.
 */
public final class SecurityPolicy {

    public static final String CONTENT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'";

    private SecurityPolicy() {
    }
}
