package org.mesta.campaign.ui;

import org.mesta.campaign.BoardService.BoardCard;
import org.mesta.campaign.Stage;

/** What a card asks of its board when it is dragged, moved with Alt+arrow keys or with its "Move to…" menu. */
interface CardMoves {

    /** To a place in a stage's column (Integer.MAX_VALUE: the end). */
    void move(BoardCard card, Stage to, int index);

    /** Up or down past the card shown above or below it. */
    void neighbour(BoardCard card, int shownIndex, int direction);

    /** The card with this id was dropped at a place in a stage's column. */
    void dropped(long id, Stage to, int index);

    /** One column left or right. */
    default void step(BoardCard card, int direction) {
        int to = card.stage().ordinal() + direction;
        if (to >= 0 && to < Stage.values().length) {
            move(card, Stage.values()[to], Integer.MAX_VALUE);
        }
    }
}
