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
        List<Campaign> column = others(card, to);
        int at = Math.max(0, Math.min(index, column.size()));
        column.add(at, card);
        card.moveTo(to, at, now);
        renumber(column, card);
        if (from != to) {
            renumber(others(card, from), card);
        }
        return at;
    }

    private List<Campaign> others(Campaign card, Stage stage) {
        List<Campaign> column =
                new ArrayList<>(campaigns.findByCityIdAndStageOrderBySortOrderAsc(card.getCityId(), stage));
        column.removeIf(c -> c.getId().equals(card.getId()));
        return column;
    }

    private void renumber(List<Campaign> column, Campaign moved) {
        for (int i = 0; i < column.size(); i++) {
            Campaign c = column.get(i);
            if (c != moved && c.getSortOrder() != i) {
                campaigns.setPosition(c.getId(), i);
            }
        }
    }
}
