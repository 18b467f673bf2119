package kb.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's JSON-LD (schema.org): its type (e.g. {@code MedicalWebPage}) with its review date, reviewer and the works
 * it cites; what it is about (e.g. a {@code MedicalCondition} with the body part and the pages that treat it); and,
 * on a page of questions, each {@code ##} question with its answer. Which of these a page has comes from its type
 * in the site's types file.
 */
public final class StructuredData {

    /** The id flexmark gives the required "## References" heading. */
    static final String REFERENCES_ID = "references";

    private final String siteName;
    private final String siteHost;
    private final String clinic;

    public StructuredData(String siteName, String siteHost, String clinic) {
        this.siteName = siteName;
        this.siteHost = siteHost;
        this.clinic = clinic;
    }

    /** The JSON-LD text for a {@code <script type="application/ld+json">} element. */
    public String jsonLd(PageFacts page) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", page.types().size() == 1 ? page.types().get(0) : page.types());
        data.put("url", page.address());
        data.put("name", page.title());
        if (page.summary() != null) {
            data.put("description", page.summary());
        }
        data.put("inLanguage", "en-GB");
        data.put("isPartOf", Json.object("@type", "WebSite", "name", siteName, "url", siteHost + "/"));
        data.put("publisher", organization(clinic));
        if (page.lastReviewed() != null) {
            data.put("lastReviewed", page.lastReviewed());
        }
        if (page.reviewedBy() != null) {
            data.put("reviewedBy", reviewer(page.reviewedBy()));
        }
        if (page.about() != null) {
            data.put("about", about(page));
        }
        if (page.questions()) {
            data.put("mainEntity", questions(page, Jsoup.parseBodyFragment(page.bodyHtml() == null ? "" : page.bodyHtml())));
        }
        if (!page.citedWorks().isEmpty()) {
            // Each work by its address: the full reference is already on the page, and repeating it here would
            // double the weight of a well-referenced page.
            data.put("citation", page.citedWorks());
        }
        return Json.write(data);
    }

    private Map<String, Object> about(PageFacts page) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("@type", page.about());
        about.put("name", page.title());
        if (page.summary() != null) {
            about.put("description", page.summary());
        }
        if (page.anatomy() != null) {
            about.put("associatedAnatomy", Json.object("@type", "AnatomicalStructure", "name", page.anatomy()));
        }
        List<Object> treatments = new ArrayList<>();
        for (Map<String, String> treatment : page.treatments()) {
            treatments.add(Json.object("@type", treatment.get("type"), "name", treatment.get("title"),
                    "url", siteHost + treatment.get("url")));
        }
        if (!treatments.isEmpty()) {
            about.put("possibleTreatment", treatments);
        }
        return about;
    }

    /** Each {@code ##} heading but "References" is a question; its answer is the text up to the next heading. */
    private static List<Object> questions(PageFacts page, Document body) {
        List<Object> questions = new ArrayList<>();
        for (Map<String, String> heading : page.headings()) {
            Element h2 = body.getElementById(heading.get("id"));
            if (h2 == null || REFERENCES_ID.equals(heading.get("id"))) {
                continue;
            }
            questions.add(Json.object("@type", "Question", "name", heading.get("text"),
                    "acceptedAnswer", Json.object("@type", "Answer", "text", sectionText(h2))));
        }
        return questions;
    }

    private static String sectionText(Element heading) {
        StringBuilder text = new StringBuilder();
        for (Element next = heading.nextElementSibling(); next != null && !next.is("h1, h2"); next = next.nextElementSibling()) {
            Element copy = next.clone();
            copy.select("sup").remove(); // citation markers read as stray numbers out of context
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(copy.text());
        }
        return text.toString().strip();
    }

    private static Map<String, Object> organization(String name) {
        return Json.object("@type", "Organization", "name", name);
    }

    /** A reviewer written as a team ("Clinic editorial team") is an organisation; anything else a person. */
    private static Map<String, Object> reviewer(String name) {
        boolean team = name.toLowerCase(java.util.Locale.ROOT).contains("team");
        return Json.object("@type", team ? "Organization" : "Person", "name", name);
    }
}
