package kb.refs;

/**
 * A {@code kb refs} command cannot do its work for a reason outside the content: a file that cannot be read or
 * written, a service that is unreachable or refuses, a setting that is missing. Exit code 2; the message says what
 * to do.
 */
public final class RefsException extends Exception {

    public RefsException(String message) {
        super(message);
    }
}
