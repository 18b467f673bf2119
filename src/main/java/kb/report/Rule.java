package kb.report;

import java.util.Objects;

/**
 * One check the build makes: its id ({@code area/name}, printed after each message), its default severity, a
 * one-line description for {@code kb rules} and docs/checks.md, the hint most of its messages share (empty when
 * each message has its own), and whether a site may switch it off. Every rule is a constant of {@link Rules}.
 *
 * @param guard why a site may not switch the rule off or lower it, or {@link Guard#NONE}
 */
public record Rule(String id, Severity severity, Guard guard, String description, String hint) {

    /** Why a rule cannot be switched off or lowered by a site's configuration or a silence comment. */
    public enum Guard {
        /** An ordinary rule: a site may set it to error, warning or off. */
        NONE(""),
        /** Switching it off could publish something unsafe (script, a secret, a file from the build machine). */
        SECURITY("it keeps unsafe content out of the published site"),
        /** The build could not read or make something; without the error it would publish an incomplete site. */
        INPUT("it means a file could not be read or built, and the site would be published without it"),
        /** A mistake in the settings or comments that switch rules off: switching it off would hide that. */
        SETTINGS("it reports a mistake in the settings and comments that switch rules off");

        private final String reason;

        Guard(String reason) {
            this.reason = reason;
        }

        /** Why the rule cannot be switched off, as the end of a sentence: "it keeps ...". */
        public String reason() {
            return reason;
        }
    }

    public Rule {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(guard, "guard");
        if (id == null || !id.matches("[a-z]+(-[a-z]+)*/[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a rule id is area/name in lower-case words: " + id);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a description");
        }
        hint = hint == null ? "" : hint;
    }

    /** Whether a site may set this rule to warning or off, or silence one of its findings. */
    public boolean canSwitchOff() {
        return guard == Guard.NONE;
    }

    @Override
    public String toString() {
        return id;
    }
}
