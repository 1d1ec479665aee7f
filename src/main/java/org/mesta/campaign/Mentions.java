package org.mesta.campaign;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds "@Name" mentions in a comment. Names have spaces, so instead of guessing where a name ends, each known
 * person's full name is looked for after an "@" (longest names first, so "@Ana Novak" is not taken for "@Ana").
 */
final class Mentions {

    private Mentions() {
    }

    static List<CampaignService.Person> in(String text, List<CampaignService.Person> people) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder rest = new StringBuilder(lower);
        return people.stream()
                .sorted(Comparator.comparingInt((CampaignService.Person p) -> p.name().length()).reversed())
                .filter(p -> {
                    String tag = "@" + p.name().toLowerCase(Locale.ROOT);
                    int at = rest.indexOf(tag);
                    if (at < 0) return false;
                    int end = at + tag.length();
                    if (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end))) return false;
                    // blank the match out so a shorter name inside it is not found again
                    rest.replace(at, end, " ".repeat(tag.length()));
                    return true;
                }).toList();
    }
}
