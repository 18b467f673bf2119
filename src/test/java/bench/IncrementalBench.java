package bench;

/** Placeholder until the incremental build exists. */
public final class IncrementalBench {
    public static void main(String[] args) {
        System.out.println("incremental: not yet");
    }
}
