package org.mesta.badge.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import org.mesta.badge.BadgeDesign;

/** The designer's undo and redo: the designs someone went through, the current one on top. */
final class DesignHistory {

    private final Deque<BadgeDesign> undo = new ArrayDeque<>();
    private final Deque<BadgeDesign> redo = new ArrayDeque<>();
    private BadgeDesign current;

    /** A badge was opened: its design, and no history (another badge's is not this one's). */
    void start(BadgeDesign design) {
        current = design;
        undo.clear();
        redo.clear();
    }

    BadgeDesign current() {
        return current;
    }

    /** Remembers the current design for undo; false when the next one is the same. */
    boolean change(BadgeDesign next) {
        if (next.equals(current)) return false;
        undo.push(current);
        redo.clear();
        current = next;
        return true;
    }

    boolean undo() {
        if (undo.isEmpty()) return false;
        redo.push(current);
        current = undo.pop();
        return true;
    }

    boolean redo() {
        if (redo.isEmpty()) return false;
        undo.push(current);
        current = redo.pop();
        return true;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
