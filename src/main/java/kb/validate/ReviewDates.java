package kb.validate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import kb.site.Page;

/** Reads a page's review dates, which the front matter schema stores as dates at midnight UTC. */
final class ReviewDates {

    private ReviewDates() {
    }

    /** The date in front matter field {@code key}, or null when absent. */
    static LocalDate of(Page page, String key) {
        Object value = page.model().get(key);
        return value instanceof Date date ? date.toInstant().atZone(ZoneOffset.UTC).toLocalDate() : null;
    }
}
