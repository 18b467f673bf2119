package kb.refs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kb.citation.Bibliography;
import kb.citation.BibliographyReader;
import kb.citation.Reference;
import kb.report.Problem;
import kb.report.Rules;

/**
 * {@code kb refs verify}: every entry with a DOI compared with Crossref, every entry with a PMID with PubMed. An
 * entry unchanged since its last check is compared with the saved answers (no request); the others are asked
 * about, and the answers saved. Offline, nothing is asked: entries that would need it are flagged instead.
 */
public final class ReferenceCheck {

    /** The problems found, how many entries were compared, and how many requests were made. */
    public record Outcome(List<Problem> problems, int compared, int asked) {
    }

    private ReferenceCheck() {
    }

    /** {@code settings} null: offline, against the saved answers only. */
    public static Outcome run(Path contentFolder, String bibliographyName, String cacheName, ServiceSettings settings)
            throws RefsException {
        BibliographyReader.Result read = BibliographyReader.read(contentFolder.resolve(Bibliography.FILE_NAME),
                bibliographyName);
        List<Problem> blocking = BibliographyFile.blocking(read.problems());
        if (!blocking.isEmpty()) {
            return new Outcome(blocking, 0, 0);
        }
        CheckCache cache = CheckCache.read(contentFolder, cacheName);
        List<Reference> identified = read.bibliography().references().stream()
                .filter(r -> r.doi() != null || r.pmid() != null).toList();
        List<Problem> problems = new ArrayList<>();
        List<Reference> toAsk = new ArrayList<>();
        for (Reference reference : identified) {
            if (!cache.checkedAsIs(reference) || !answered(cache, reference)) {
                toAsk.add(reference);
            }
        }
        int asked = 0;
        if (settings == null) {
            for (Reference reference : toAsk) {
                problems.add(Problem.warning(Rules.REFS_UNCHECKED, bibliographyName, reference.line(), 0, reference.key()
                        + (cache.everChecked(reference) ? " has changed since it was last checked"
                           : " has not been checked against Crossref and PubMed yet"),
                        "run kb refs verify online and commit " + cacheName));
            }
        } else if (!toAsk.isEmpty()) {
            try {
                asked = ask(toAsk, cache, settings);
            } finally {
                cache.save(); // what was asked before a failure is kept: a later run need not ask again
            }
        }
        int compared = 0;
        for (Reference reference : identified) {
            if (settings == null && toAsk.contains(reference)) {
                continue;
            }
            problems.addAll(Comparison.of(reference, reference.doi() == null ? null : cache.answer(doiId(reference.doi())),
                    reference.pmid() == null ? null : cache.answer(pmidId(reference.pmid())), bibliographyName));
            cache.markChecked(reference);
            compared++;
        }
        if (settings != null && !toAsk.isEmpty()) {
            cache.save();
        }
        return new Outcome(problems, compared, asked);
    }

    private static int ask(List<Reference> references, CheckCache cache, ServiceSettings settings) throws RefsException {
        int asked = 0;
        Crossref crossref = new Crossref(settings);
        List<String> pmids = new ArrayList<>();
        for (Reference reference : references) {
            if (reference.doi() != null) {
                cache.answer(doiId(reference.doi()), crossref.work(reference.doi()));
                asked++;
            }
            if (reference.pmid() != null && !pmids.contains(reference.pmid())) {
                pmids.add(reference.pmid());
            }
        }
        if (!pmids.isEmpty()) {
            for (Map.Entry<String, Work> answer : new PubMed(settings).works(pmids).entrySet()) {
                cache.answer(pmidId(answer.getKey()), answer.getValue());
            }
            asked += (pmids.size() + 199) / 200;
        }
        return asked;
    }

    private static boolean answered(CheckCache cache, Reference reference) {
        return (reference.doi() == null || cache.answer(doiId(reference.doi())) != null)
                && (reference.pmid() == null || cache.answer(pmidId(reference.pmid())) != null);
    }

    static String doiId(String doi) {
        return "doi:" + doi.toLowerCase(Locale.ROOT);
    }

    static String pmidId(String pmid) {
        return "pmid:" + pmid;
    }

    /** The cache's name in the content folder. */
    public static String cacheFileName() {
        return CheckCache.FILE_NAME;
    }
}
