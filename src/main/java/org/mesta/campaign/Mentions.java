package org.mesta.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds "@Name" mentions in a comment. Names have spaces, so instead of guessing where a name ends, each known
 * person's full name is looked for after an "@" (longest names first, so "@Ana Novak" is not taken for "@Ana").
 */
final class Mentions {

    private Mentions() {}

    static List<CampaignService.Person> in(String text, List<CampaignService.Person> people) {
        StringBuilder rest = new StringBuilder(text.toLowerCase(Locale.ROOT));
        List<CampaignService.Person> longestFirst = people.stream()
                .sorted(Comparator.comparingInt(
                                (CampaignService.Person p) -> p.name().length())
                        .reversed())
                .toList();
        List<CampaignService.Person> found = new ArrayList<>();
        for (CampaignService.Person p : longestFirst) {
            String tag = "@" + p.name().toLowerCase(Locale.ROOT);
            int at = rest.indexOf(tag);
            int end = at + tag.length();
            if (at < 0 || (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end)))) {
                continue;
            }
            rest.replace(at, end, " ".repeat(tag.length())); // so a shorter name inside it is not found again
            found.add(p);
        }
        return found;
    }
}
