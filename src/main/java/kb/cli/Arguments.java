package kb.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command, its positional arguments, its flags and its options with values. Unknown flags are usage errors. */
record Arguments(String command, List<String> positionals, Set<String> flags, Map<String, String> options) {

    private static final Set<String> KNOWN_FLAGS = Set.of("--drafts", "--strict", "--timings", "--verbose", "--online",
            "--update-permalinks", "--link", "--markdown", "--offline");
    /** The options that take a value, each with an example value for messages. */
    private static final Map<String, String> KNOWN_OPTIONS = Map.of("--port", "8000", "--page", "timing", "--format",
            "csl-json");

    static Arguments parse(String[] args) {
        if (args.length == 0) {
            throw new UsageError("no command given");
        }
        List<String> positionals = new ArrayList<>();
        Set<String> flags = new HashSet<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String[] split = arg.split("=", 2);
                if (KNOWN_OPTIONS.containsKey(split[0])) {
                    String value = split.length == 2 ? split[1] : i + 1 < args.length ? args[++i] : null;
                    if (value == null || value.isEmpty()) {
                        throw new UsageError("option \"" + split[0] + "\" needs a value, e.g. " + split[0] + " "
                                + KNOWN_OPTIONS.get(split[0]));
                    }
                    options.put(split[0], value);
                } else if (KNOWN_FLAGS.contains(arg)) {
                    flags.add(arg);
                } else {
                    throw new UsageError("unknown option \"" + arg + "\"");
                }
            } else {
                positionals.add(arg);
            }
        }
        return new Arguments(args[0], List.copyOf(positionals), Set.copyOf(flags), Map.copyOf(options));
    }

    String positional(int index, String fallback) {
        return index < positionals.size() ? positionals.get(index) : fallback;
    }

    /** The value of an option, or null when it was not given. */
    String option(String name) {
        return options.get(name);
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    boolean verbose() {
        return has("--verbose");
    }

    /** The value of a whole-number option between {@code min} and {@code max}, or {@code fallback} when absent. */
    int number(String option, int fallback, int min, int max) {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new UsageError("\"" + option + " " + value + "\" must be a whole number from " + min + " to " + max);
    }

    /** The command line is wrong: exit code 2 with the usage text. */
    static final class UsageError extends IllegalArgumentException {
        UsageError(String message) {
            super(message);
        }
    }
}
