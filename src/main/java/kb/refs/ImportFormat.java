package kb.refs;

import java.util.List;
import java.util.Locale;

/** The formats {@code kb refs import} reads, known by the file's extension. */
enum ImportFormat {
    BIBTEX(".bib"), CSL_JSON(".json"), RIS(".ris");

    private final String extension;

    ImportFormat(String extension) {
        this.extension = extension;
    }

    /** The format of a file by its name, or null. */
    static ImportFormat of(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ImportFormat format : values()) {
            if (lower.endsWith(format.extension)) {
                return format;
            }
        }
        return null;
    }

    List<ImportedItem> read(String text, String file) throws ImportException {
        return switch (this) {
            case BIBTEX -> BibTeXFile.read(text, file);
            case CSL_JSON -> CslJsonFile.read(text, file);
            case RIS -> RisFile.read(text, file);
        };
    }
}
