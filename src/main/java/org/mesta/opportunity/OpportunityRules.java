package org.mesta.opportunity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mesta.base.Problem;

/**
 * What must be right before an opportunity can go to moderation. Each problem names the field and a
 * translation key, so the wizard shows it next to that field and the service refuses the same things.
 */
public final class OpportunityRules {

    private static final Pattern URL = Pattern.compile("https?://[^\\s/$.?#].\\S*", Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/.-]{6,20}");

    /** The column sizes (V2 migration): a longer value is refused here rather than by the database. */
    public static final int MAX_TITLE = 200,
            MAX_SUMMARY = 500,
            MAX_DESCRIPTION = 6000,
            MAX_VENUE = 200,
            MAX_ADDRESS = 300,
            MAX_URL = 500,
            MAX_PRICE = 60,
            MAX_EMAIL = 255,
            MAX_PHONE = 40,
            MAX_ACCESS_NOTES = 1000,
            MAX_REASON = 2000;

    private OpportunityRules() {}

    /** Problems with the fields of one wizard step (0 basics, 1 when, 2 where, 3 who and how to join). */
    public static List<Problem> check(OpportunityDraft d, int step, String requiredLanguage) {
        List<Problem> p = new ArrayList<>();
        switch (step) {
            case 0 -> {
                Texts t = d.texts(requiredLanguage);
                if (t.title().isEmpty()) p.add(new Problem("title." + requiredLanguage, "opportunity.error.title"));
                if (t.summary().isEmpty())
                    p.add(new Problem("summary." + requiredLanguage, "opportunity.error.summary"));
                d.texts().forEach((lang, texts) -> {
                    tooLong(p, "title." + lang, texts.title(), MAX_TITLE);
                    tooLong(p, "summary." + lang, texts.summary(), MAX_SUMMARY);
                    tooLong(p, "description." + lang, texts.description(), MAX_DESCRIPTION);
                });
                if (d.type() == null) p.add(new Problem("type", "error.required"));
                if (d.themes().isEmpty()) p.add(new Problem("themes", "opportunity.error.themes"));
            }
            case 1 -> {
                if (!d.ongoing() && d.startsAt() == null) p.add(new Problem("startsAt", "opportunity.error.start"));
                if (d.startsAt() != null && d.endsAt() != null && !d.endsAt().isAfter(d.startsAt())) {
                    p.add(new Problem("endsAt", "opportunity.error.end-before-start"));
                }
                for (int i = 0; i < d.sessions().size(); i++) {
                    Session s = d.sessions().get(i);
                    if (s.startsAt() == null) p.add(new Problem("session." + i, "opportunity.error.start"));
                    else if (s.endsAt() != null && !s.endsAt().isAfter(s.startsAt())) {
                        p.add(new Problem("session." + i, "opportunity.error.end-before-start"));
                    }
                }
            }
            case 2 -> {
                if (d.format() == null) p.add(new Problem("format", "error.required"));
                else {
                    if (d.format().hasPlace() && d.location() == null)
                        p.add(new Problem("location", "opportunity.error.location"));
                    if (d.format().hasPlace() && blank(d.venue())) p.add(new Problem("venue", "error.required"));
                    if (d.format().hasLink() && !matches(URL, d.onlineUrl()))
                        p.add(new Problem("onlineUrl", "error.url"));
                }
                if (!blank(d.onlineUrl()) && !matches(URL, d.onlineUrl())) p.add(new Problem("onlineUrl", "error.url"));
                tooLong(p, "venue", d.venue(), MAX_VENUE);
                tooLong(p, "address", d.address(), MAX_ADDRESS);
                tooLong(p, "onlineUrl", d.onlineUrl(), MAX_URL);
            }
            case 3 -> {
                if (d.ageMin() != null && (d.ageMin() < 0 || d.ageMin() > 99))
                    p.add(new Problem("ageMin", "opportunity.error.age"));
                if (d.ageMax() != null && (d.ageMax() < 0 || d.ageMax() > 99))
                    p.add(new Problem("ageMax", "opportunity.error.age"));
                if (d.ageMin() != null && d.ageMax() != null && d.ageMax() < d.ageMin()) {
                    p.add(new Problem("ageMax", "opportunity.error.age-range"));
                }
                if (d.capacity() != null && d.capacity() < 1)
                    p.add(new Problem("capacity", "opportunity.error.capacity"));
                if (!d.free() && blank(d.price())) p.add(new Problem("price", "opportunity.error.price"));
                if (d.languages().isEmpty()) p.add(new Problem("languages", "opportunity.error.languages"));
                // People join dated sessions in Mesta itself; otherwise they need the organiser's contacts.
                boolean joinsHere = d.joinInMesta() && !d.ongoing() && d.startsAt() != null;
                if (!joinsHere && blank(d.joinUrl()) && blank(d.joinEmail()) && blank(d.joinPhone())) {
                    p.add(new Problem("joinUrl", "opportunity.error.how-to-join"));
                }
                if (!blank(d.joinUrl()) && !matches(URL, d.joinUrl())) p.add(new Problem("joinUrl", "error.url"));
                if (!blank(d.joinEmail()) && !matches(EMAIL, d.joinEmail()))
                    p.add(new Problem("joinEmail", "error.email"));
                if (!blank(d.joinPhone()) && !matches(PHONE, d.joinPhone()))
                    p.add(new Problem("joinPhone", "opportunity.error.phone"));
                tooLong(p, "price", d.price(), MAX_PRICE);
                tooLong(p, "accessibilityNotes", d.accessibilityNotes(), MAX_ACCESS_NOTES);
                tooLong(p, "joinUrl", d.joinUrl(), MAX_URL);
                tooLong(p, "joinEmail", d.joinEmail(), MAX_EMAIL);
                tooLong(p, "joinPhone", d.joinPhone(), MAX_PHONE);
            }
            default -> {}
        }
        return p;
    }

    public static final int STEPS = 4;
    /** The wizard's last step (Basics, When, Where, Who, Recognition, Review): the furthest a draft can resume at. */
    public static final int LAST_STEP = 5;

    public static List<Problem> checkAll(OpportunityDraft d, String requiredLanguage) {
        List<Problem> all = new ArrayList<>();
        for (int step = 0; step < STEPS; step++) {
            all.addAll(check(d, step, requiredLanguage));
        }
        return all;
    }

    /**
     * What even an unfinished draft may not hold: values longer than their columns and links that are not
     * http(s). Autosave refuses these; everything else may wait until submitting.
     */
    public static List<Problem> unstorable(OpportunityDraft d) {
        return checkAll(d, "").stream()
                .filter(p -> p.key().equals("error.too-long")
                        || (p.key().equals("error.url") && !blank(valueOf(d, p.field()))))
                .toList();
    }

    private static String valueOf(OpportunityDraft d, String field) {
        return switch (field) {
            case "onlineUrl" -> d.onlineUrl();
            case "joinUrl" -> d.joinUrl();
            default -> null;
        };
    }

    private static void tooLong(List<Problem> p, String field, String value, int max) {
        if (value != null && value.length() > max) p.add(new Problem(field, "error.too-long"));
    }

    static Set<String> fieldsOf(List<Problem> problems) {
        return Set.copyOf(problems.stream().map(Problem::field).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean matches(Pattern pattern, String value) {
        return value != null && pattern.matcher(value.trim()).matches();
    }
}
