package org.mesta.campaign;

import org.mesta.map.GeoPoint;
import org.mesta.opportunity.Theme;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything about a campaign its team edits on the card's detail page (stage, team and outcomes apart). */
public record CampaignDraft(String title, CampaignKind kind, String goal, String plannedActions, Set<Theme> themes,
                            Set<Audience> audiences, Set<Long> recommendationIds, LocalDate startsOn, LocalDate endsOn,
                            boolean online, GeoPoint location, String place, List<Link> links) {

    public record Link(String label, String url) {
    }
}
