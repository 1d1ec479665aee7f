package org.mesta.badge;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mesta.base.Problem;

/** Everything a provider edits about a badge, checked field by field (each {@link Problem} names its field). */
public record BadgeDraft(
        BadgeDesign design,
        Map<String, BadgeTexts> texts,
        String criteriaUrl,
        List<String> tags,
        List<Alignment> alignments,
        Integer expiryMonths) {

    public BadgeDraft {
        texts = Map.copyOf(texts);
        tags = tags == null ? List.of() : List.copyOf(tags);
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
    }

    /** What keeps the draft from being saved at all (lengths, formats). */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        texts.forEach((lang, t) -> {
            tooLong(p, "name." + lang, t.name(), 120);
            tooLong(p, "subtitle." + lang, t.subtitle(), 120);
            tooLong(p, "ribbon." + lang, t.ribbon(), 60);
            tooLong(p, "description." + lang, t.description(), 2000);
            tooLong(p, "criteria." + lang, t.criteria(), 4000);
            tooLong(p, "imageAlt." + lang, t.imageAlt(), 300);
        });
        if (criteriaUrl != null && !criteriaUrl.isBlank() && !isWebAddress(criteriaUrl)) {
            p.add(new Problem("criteriaUrl", "badge.error.url"));
        }
        if (tags.size() > 20 || tags.stream().anyMatch(t -> t.length() > 40)) {
            p.add(new Problem("tags", "badge.error.tags"));
        }
        for (int i = 0; i < alignments.size(); i++) {
            Alignment a = alignments.get(i);
            if (a.name() == null
                    || a.name().isBlank()
                    || a.name().length() > 200
                    || !isWebAddress(a.url())
                    || (a.code() != null && a.code().length() > 100)) {
                p.add(new Problem("alignment." + i, "badge.error.alignment"));
            }
        }
        if (expiryMonths != null && (expiryMonths < 1 || expiryMonths > 120)) {
            p.add(new Problem("expiryMonths", "badge.error.expiry"));
        }
        return p;
    }

    /** What publishing also needs: name, description and criteria in the city's language. */
    public List<Problem> publishProblems(String cityLanguage) {
        List<Problem> p = new ArrayList<>(problems());
        BadgeTexts t = texts.getOrDefault(cityLanguage, BadgeTexts.empty());
        if (t.name().isEmpty()) p.add(new Problem("name." + cityLanguage, "badge.error.name-required"));
        if (t.description().isEmpty())
            p.add(new Problem("description." + cityLanguage, "badge.error.description-required"));
        if (t.criteria().isEmpty()) p.add(new Problem("criteria." + cityLanguage, "badge.error.criteria-required"));
        return p;
    }

    private static void tooLong(List<Problem> p, String field, String value, int max) {
        if (value != null && value.length() > max) p.add(new Problem(field, "badge.error.too-long"));
    }

    static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url.strip());
            return ("https".equals(u.getScheme()) || "http".equals(u.getScheme()))
                    && u.getHost() != null
                    && url.length() <= 500;
        } catch (Exception e) {
            return false;
        }
    }
}
