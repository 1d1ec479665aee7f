package org.mesta.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.mesta.base.UserError;

/** What a finished campaign achieved: numbers and a short story, all asked for when it moves to Done. */
@Embeddable
public record Outcomes(
        @Column(name = "people_reached") Integer peopleReached,
        @Column(name = "decision_makers") Integer decisionMakers,
        @Column(name = "events_held") Integer eventsHeld,
        @Column(name = "media_mentions") Integer mediaMentions,
        @Column(name = "artworks") Integer artworks,
        @Column(name = "outcome_story") String story) {

    public static final int MAX = 10_000_000;

    public boolean recorded() {
        return story != null && !story.isBlank();
    }

    /** Numbers may be left empty (nothing of that kind) but never negative or absurd; the story is required. */
    void check() {
        for (Integer n : new Integer[] {peopleReached, decisionMakers, eventsHeld, mediaMentions, artworks}) {
            if (n != null && (n < 0 || n > MAX)) {
                throw new UserError("campaign.error.outcome-number");
            }
        }
        if (!recorded()) {
            throw new UserError("campaign.error.outcome-story");
        }
        if (story.length() > 4000) {
            throw new UserError("campaign.error.too-long");
        }
    }

    static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
