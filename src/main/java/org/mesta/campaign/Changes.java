package org.mesta.campaign;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Which fields an edit changed, for the activity history ("Ana changed the goal and the dates"). */
final class Changes {

    private Changes() {
    }

    static Set<String> between(CampaignDraft a, CampaignDraft b) {
        Set<String> changed = new LinkedHashSet<>();
        if (!Objects.equals(a.title(), strip(b.title()))) changed.add("title");
        if (a.kind() != b.kind()) changed.add("kind");
        if (!Objects.equals(a.goal(), strip(b.goal()))) changed.add("goal");
        if (!Objects.equals(a.plannedActions(), strip(b.plannedActions()))) changed.add("actions");
        if (!Objects.equals(a.themes(), orEmpty(b.themes()))) changed.add("themes");
        if (!Objects.equals(a.audiences(), orEmpty(b.audiences()))) changed.add("audiences");
        if (!Objects.equals(a.recommendationIds(), orEmpty(b.recommendationIds()))) changed.add("recommendations");
        if (!Objects.equals(a.startsOn(), b.startsOn()) || !Objects.equals(a.endsOn(), b.endsOn())) changed.add("dates");
        if (a.online() != b.online() || !Objects.equals(a.location(), b.location())
                || !Objects.equals(a.place(), b.place() == null || b.place().isBlank() ? null : b.place().strip())) {
            changed.add("place");
        }
        if (!Objects.equals(a.links(), b.links() == null ? java.util.List.of() : b.links().stream()
                .map(l -> new CampaignDraft.Link(l.label().strip(), l.url().strip())).toList())) {
            changed.add("links");
        }
        return changed;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static <T> Set<T> orEmpty(Set<T> s) {
        return s == null ? Set.of() : s;
    }
}
