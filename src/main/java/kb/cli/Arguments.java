package kb.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A command, its positional arguments and its flags. Unknown flags are usage errors. */
record Arguments(String command, List<String> positionals, Set<String> flags) {

    private static final Set<String> KNOWN_FLAGS = Set.of("--drafts", "--strict", "--timings", "--verbose", "--online",
            "--update-permalinks");

    static Arguments parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("no command given");
        }
        List<String> positionals = new ArrayList<>();
        java.util.Set<String> flags = new java.util.HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                if (!KNOWN_FLAGS.contains(arg)) {
                    throw new IllegalArgumentException("unknown option \"" + arg + "\"");
                }
                flags.add(arg);
            } else {
                positionals.add(arg);
            }
        }
        return new Arguments(args[0], List.copyOf(positionals), Set.copyOf(flags));
    }

    String positional(int index, String fallback) {
        return index < positionals.size() ? positionals.get(index) : fallback;
    }

    boolean has(String flag) {
        return flags.contains(flag);
    }

    boolean verbose() {
        return has("--verbose");
    }
}
