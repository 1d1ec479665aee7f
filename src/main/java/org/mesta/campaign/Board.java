package org.mesta.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The card's column and the one it goes to, locked (see {@link CampaignRepository#lockPlaces}). Taken before
     * anything of the move is written, and always in the columns' order on the board: two moves that each held a
     * card the other was renumbering deadlocked under load (#17, UiLoadBenchmark).
     */
    Map<Stage, List<Object[]>> lock(Campaign card, Stage to) {
        Map<Stage, List<Object[]>> columns = new EnumMap<>(Stage.class);
        for (Stage stage : EnumSet.of(card.getStage(), to)) columns.put(stage, others(card, stage));
        return columns;
    }

    /** Puts the card at the index (clamped) of its new column, locked before; returns where it landed. */
    int place(Campaign card, Map<Stage, List<Object[]>> columns, Stage to, int index, Instant now) {
        Stage from = card.getStage();
        List<Object[]> column = columns.get(to);
        int at = Math.max(0, Math.min(index, column.size()));
        column.add(at, new Object[] {card.getId(), at});
        card.moveTo(to, at, now);
        renumber(column, card);
        if (from != to) {
            renumber(columns.get(from), card);
        }
        return at;
    }

    // Ids and places only: loading the column's campaigns (each with its teams, themes, places…) made every
    // position update below flush-check all of them, the heaviest part of a move in UiLoadBenchmark's profile.
    private List<Object[]> others(Campaign card, Stage stage) {
        List<Object[]> column = new ArrayList<>(campaigns.lockPlaces(card.getCityId(), stage.name()));
        column.removeIf(c -> card.getId().equals(((Number) c[0]).longValue()));
        return column;
    }

    private void renumber(List<Object[]> column, Campaign moved) {
        for (int i = 0; i < column.size(); i++) {
            Object[] c = column.get(i);
            long id = ((Number) c[0]).longValue();
            if (!moved.getId().equals(id) && ((Number) c[1]).intValue() != i) {
                campaigns.setPosition(id, i);
            }
        }
    }
}
