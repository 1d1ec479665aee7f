package org.mesta.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mesta.base.UserError;
import org.mesta.map.GeoPoint;
import org.mesta.opportunity.Theme;

/** Everything about a campaign its team edits on the card's detail page (stage, team and outcomes apart). */
public record CampaignDraft(
        String title,
        CampaignKind kind,
        String goal,
        String plannedActions,
        Set<Theme> themes,
        Set<Audience> audiences,
        Set<Long> recommendationIds,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean online,
        List<Place> places,
        List<Link> links) {

    static final int MAX_TITLE = 200;
    private static final Pattern URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

    /** Refuses what cannot be stored or makes no sense, with the key of the message for the person. */
    void check() {
        checkTitle(title);
        if (kind == null) {
            throw new UserError("campaign.error.kind");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new UserError("campaign.error.dates");
        }
        if (length(goal) > 2000 || length(plannedActions) > 4000) {
            throw new UserError("campaign.error.too-long");
        }
        for (Place p : places == null ? List.<Place>of() : places) {
            if (p.name() == null || p.name().isBlank()) {
                throw new UserError("campaign.error.place-name");
            }
            if (length(p.name()) > 300) {
                throw new UserError("campaign.error.too-long");
            }
        }
        for (Link link : links == null ? List.<Link>of() : links) {
            if (link.url() == null
                    || !URL.matcher(link.url().strip()).matches()
                    || link.url().length() > 500) {
                throw new UserError("error.url");
            }
            if (link.label() == null || link.label().isBlank() || link.label().length() > 200) {
                throw new UserError("campaign.error.link-label");
            }
        }
    }

    static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new UserError("campaign.error.title");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new UserError("campaign.error.too-long");
        }
        return title.strip();
    }

    private static int length(String s) {
        return s == null ? 0 : s.strip().length();
    }

    public record Link(String label, String url) {}

    /** A named place where the campaign acts; the map point is optional. */
    public record Place(String name, GeoPoint location) {}
}
