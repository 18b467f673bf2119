package kb.report;

/** How bad a problem is: errors fail the build, warnings fail it only in strict mode. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
