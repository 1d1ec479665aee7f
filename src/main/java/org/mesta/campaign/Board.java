package org.mesta.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The order of cards in the board's columns. Positions are 0, 1, 2… within a stage of a city; a move puts the
 * card at the wanted place and renumbers both columns, so the order everyone sees is the order someone chose.
 */
@Component
class Board {

    private final CampaignRepository campaigns;

    Board(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** Puts the card at the index (clamped) of the stage's column; returns where it landed. */
    int place(Campaign card, Stage to, int index, Instant now) {
        Stage from = card.getStage();
        List<Object[]> column = others(card, to);
        int at = Math.max(0, Math.min(index, column.size()));
        column.add(at, new Object[] {card.getId(), at});
        card.moveTo(to, at, now);
        renumber(column, card);
        if (from != to) {
            renumber(others(card, from), card);
        }
        return at;
    }

    // Ids and places only: loading the column's campaigns (each with its teams, themes, places…) made every
    // position update below flush-check all of them, the heaviest part of a move in UiLoadBenchmark's profile.
    private List<Object[]> others(Campaign card, Stage stage) {
        List<Object[]> column = new ArrayList<>(campaigns.places(card.getCityId(), stage));
        column.removeIf(c -> card.getId().equals(c[0]));
        return column;
    }

    private void renumber(List<Object[]> column, Campaign moved) {
        for (int i = 0; i < column.size(); i++) {
            Object[] c = column.get(i);
            if (!moved.getId().equals(c[0]) && ((Number) c[1]).intValue() != i) {
                campaigns.setPosition((Long) c[0], i);
            }
        }
    }
}
