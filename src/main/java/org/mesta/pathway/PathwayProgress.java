package org.mesta.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;

/**
 * How far a learner is along a pathway, from what they hold: a badge step is done when they hold its badge; an
 * opportunity step when they were checked in at one of its sessions or hold one of its linked badges. An "any n"
 * group is done when n of its steps are; the pathway is complete when every required step and every group is.
 *
 * @param done     per step, in order
 * @param next     the index of the first step still needed (required, or in a group not yet done), or null
 * @param units    what must be done: required single steps and groups
 * @param unitsDone how many of those are done ("n of m")
 */
public record PathwayProgress(List<Boolean> done, @Nullable Integer next, int units, int unitsDone) {

    public boolean complete() {
        return unitsDone == units;
    }

    /** One step's state for a learner: done, the next one to do, optional, or still to come. */
    public enum Mark {
        DONE,
        NEXT,
        OPTIONAL,
        LATER
    }

    public Mark mark(PathwayContent content, int index) {
        if (done.get(index)) return Mark.DONE;
        if (next != null && next == index) return Mark.NEXT;
        PathwayStep step = content.steps().get(index);
        if (!step.grouped() && !step.required()) return Mark.OPTIONAL;
        if (step.grouped() && groupDone(content, step.group())) return Mark.OPTIONAL;
        return Mark.LATER;
    }

    private boolean groupDone(PathwayContent content, int group) {
        long count = 0;
        for (int i = 0; i < content.steps().size(); i++) {
            if (content.steps().get(i).group() == group && done.get(i)) count++;
        }
        return count >= content.need(group);
    }

    /**
     * @param heldBadges  badges the learner holds (not revoked)
     * @param attended    opportunities at whose sessions they were checked in
     * @param linkedBadges each opportunity step's linked badges
     */
    public static PathwayProgress of(
            PathwayContent content, Set<Long> heldBadges, Set<Long> attended, Map<Long, List<Long>> linkedBadges) {
        List<PathwayStep> steps = content.steps();
        List<Boolean> done = new ArrayList<>();
        for (PathwayStep s : steps) {
            boolean d = s.kind() == Kind.BADGE
                    ? heldBadges.contains(s.targetId())
                    : attended.contains(s.targetId())
                            || linkedBadges.getOrDefault(s.targetId(), List.of()).stream()
                                    .anyMatch(heldBadges::contains);
            done.add(d);
        }
        PathwayProgress partial = new PathwayProgress(done, null, 0, 0);
        int units = 0, unitsDone = 0;
        Integer next = null;
        Set<Integer> groups = content.groupSizes().keySet();
        for (int g : groups) {
            units++;
            if (partial.groupDone(content, g)) unitsDone++;
        }
        for (int i = 0; i < steps.size(); i++) {
            PathwayStep s = steps.get(i);
            if (!s.grouped() && s.required()) {
                units++;
                if (done.get(i)) unitsDone++;
            }
            boolean needed = s.grouped() ? !partial.groupDone(content, s.group()) : s.required();
            if (next == null && needed && !done.get(i)) next = i;
        }
        return new PathwayProgress(done, next, units, unitsDone);
    }
}
