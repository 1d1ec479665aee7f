package org.mesta.campaign;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which fields an edit changed, for the activity history ("Ana changed the goal and the dates"). Compares the
 * campaign as stored before and after the edit, so trimming and empty values do not count as changes.
 */
final class Changes {

    private Changes() {}

    static Set<String> between(CampaignDraft a, CampaignDraft b) {
        Set<String> changed = new LinkedHashSet<>();
        if (!Objects.equals(a.title(), b.title())) changed.add("title");
        if (a.kind() != b.kind()) changed.add("kind");
        if (!Objects.equals(a.goal(), b.goal())) changed.add("goal");
        if (!Objects.equals(a.plannedActions(), b.plannedActions())) changed.add("actions");
        if (!Objects.equals(a.themes(), b.themes())) changed.add("themes");
        if (!Objects.equals(a.audiences(), b.audiences())) changed.add("audiences");
        if (!Objects.equals(a.recommendationIds(), b.recommendationIds())) changed.add("recommendations");
        if (!Objects.equals(a.startsOn(), b.startsOn()) || !Objects.equals(a.endsOn(), b.endsOn()))
            changed.add("dates");
        if (a.online() != b.online() || !Objects.equals(a.places(), b.places())) {
            changed.add("places");
        }
        if (!Objects.equals(a.links(), b.links())) changed.add("links");
        return changed;
    }
}
