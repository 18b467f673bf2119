package kb.site;

/** The site folder or its configuration is unusable (missing folders, bad settings): exit code 2. */
public final class ConfigException extends Exception {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
