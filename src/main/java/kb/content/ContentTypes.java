package kb.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content types of a site and the front matter fields they use, as the site declares them in its types file
 * ({@code kb.types} in jbake.properties, read by {@link ContentTypesReader}). The engine gives meaning to the
 * settings (a links field, a reverse list, a type whose headings are questions) and never to a type's name.
 *
 * @param fields every field any type may use, in the order {@code kb new} writes them
 * @param types  the types, in the order the build summary counts them
 */
public record ContentTypes(Map<String, Field> fields, Map<String, Type> types) {

    /** The front matter key every page has, naming its type; declared by the engine, not the types file. */
    public static final String TYPE_KEY = "type";

    public ContentTypes {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** What a field's value must look like. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** A day, {@code YYYY-MM-DD}. */
        DATE,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** A list of words. */
        LIST,
        /** A list of slugs of pages of another type ({@link Field#to}). */
        LINKS,
        /** A list of anchors of questions on pages of a type whose headings are questions ({@link Field#to}). */
        QUESTIONS;

        /** Whether values of this kind are lists. */
        public boolean isList() {
            return this == LIST || this == LINKS || this == QUESTIONS;
        }
    }

    /**
     * One front matter field.
     *
     * @param example what {@code kb new} and hints show as a value
     * @param values  the values a text field may take (empty: any)
     * @param to      for links and questions: the type the entries name pages or questions of; else null
     * @param list    for links and questions: the template key of the linked pages or questions; else null
     * @param reverse for links: the template key, on each linked page, of the pages that link to it; or null
     */
    public record Field(String name, Kind kind, String example, List<String> values, String to, String list,
                        String reverse) {
        public Field {
            values = List.copyOf(values);
        }
    }

    /**
     * One content type.
     *
     * @param label       how messages name a page of this type ("FAQ page"); the type's name when not set
     * @param plural      the template list of its pages ({@code site.<plural>})
     * @param folder      the folder under content/ where {@code kb new} writes its pages; null for the top
     * @param required    the fields a page of this type must have
     * @param optional    the fields it may have besides
     * @param sections    its required {@code ##} headings, in order
     * @param questions   whether each {@code ##} heading (but References) is a question with its answer
     * @param careCallout the section under which {@code kb new} puts an urgent-care call-out, when pages of this
     *                    type must have one; else null
     * @param jsonLd      its structured data
     */
    public record Type(String name, String label, String plural, String folder, List<String> required,
                       List<String> optional, List<String> sections, boolean questions, String careCallout,
                       JsonLd jsonLd) {
        public Type {
            required = List.copyOf(required);
            optional = List.copyOf(optional);
            sections = List.copyOf(sections);
        }

        /** Whether a page of this type may have {@code field}. */
        public boolean allows(String field) {
            return TYPE_KEY.equals(field) || required.contains(field) || optional.contains(field);
        }

        /** Whether a page of this type must have {@code field}. */
        public boolean requires(String field) {
            return TYPE_KEY.equals(field) || required.contains(field);
        }
    }

    /**
     * A type's schema.org data.
     *
     * @param types        the page's {@code @type}: one or more schema.org types
     * @param reviewedType the {@code @type} instead when the page has a review date; or null
     * @param about        the schema.org type of what the page is about ({@code about}); or null
     * @param anatomy      a text field whose value is the body part of what the page is about; or null
     * @param treatments   a links field whose pages are possible treatments of what the page is about; or null
     */
    public record JsonLd(List<String> types, String reviewedType, String about, String anatomy, String treatments) {
        public JsonLd {
            types = List.copyOf(types);
        }
    }

    /** The type named {@code name}, or null. */
    public Type type(String name) {
        return types.get(name);
    }

    /** The field named {@code name}, or null. */
    public Field field(String name) {
        return fields.get(name);
    }

    /** The type names, in declaration order. */
    public List<String> names() {
        return List.copyOf(types.keySet());
    }

    /** The fields of {@code type} in declaration order (the type key not included). */
    public List<Field> fieldsOf(Type type) {
        List<Field> out = new ArrayList<>();
        for (Field field : fields.values()) {
            if (type.allows(field.name())) {
                out.add(field);
            }
        }
        return out;
    }

    /** The links fields whose reverse list lands on pages of {@code type}, in declaration order. */
    public List<Field> reverseLinksTo(Type type) {
        List<Field> out = new ArrayList<>();
        for (Field field : fields.values()) {
            if (field.kind() == Kind.LINKS && field.reverse() != null && type.name().equals(field.to())) {
                out.add(field);
            }
        }
        return out;
    }

    /** The types whose pages are made of questions, in declaration order. */
    public List<Type> questionTypes() {
        return types.values().stream().filter(Type::questions).toList();
    }
}
