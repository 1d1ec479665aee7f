package org.mesta.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mesta.base.MultilingualText;
import org.mesta.pathway.PathwayContent.Kind;
import org.mesta.pathway.PathwayContent.PathwayStep;
import org.mesta.pathway.PathwayContent.StepGroup;
import org.mesta.pathway.PathwayProgress.Mark;

/** Progress along steps with an optional step and an "any 2 of 3" group. */
class PathwayProgressTest {

    // 0: badge 1 required; 1: opportunity 10 optional; 2-4: any 2 of badges 2, 3 and opportunity 20
    final PathwayContent content = new PathwayContent(
            MultilingualText.EMPTY,
            MultilingualText.EMPTY,
            null,
            null,
            List.of(
                    new PathwayStep(Kind.BADGE, 1, true, 0),
                    new PathwayStep(Kind.OPPORTUNITY, 10, false, 0),
                    new PathwayStep(Kind.BADGE, 2, true, 7),
                    new PathwayStep(Kind.BADGE, 3, true, 7),
                    new PathwayStep(Kind.OPPORTUNITY, 20, true, 7)),
            List.of(new StepGroup(7, 2)),
            99L);

    @Test
    void nothing_done_the_first_required_step_is_next_and_the_optional_one_is_marked_so() {
        PathwayProgress p = PathwayProgress.of(content, Set.of(), Set.of(), Map.of());
        assertThat(p.next()).isZero();
        assertThat(p.units()).isEqualTo(2);
        assertThat(p.unitsDone()).isZero();
        assertThat(p.mark(content, 1)).isEqualTo(Mark.OPTIONAL);
        assertThat(p.complete()).isFalse();
    }

    @Test
    void one_of_two_needed_in_a_group_is_not_enough() {
        PathwayProgress p = PathwayProgress.of(content, Set.of(1L, 2L), Set.of(), Map.of());
        assertThat(p.unitsDone()).isEqualTo(1);
        assertThat(p.next()).isEqualTo(3);
        assertThat(p.complete()).isFalse();
    }

    @Test
    void a_check_in_or_a_linked_badge_completes_an_opportunity_step_and_the_group() {
        PathwayProgress byCheckIn = PathwayProgress.of(content, Set.of(1L, 2L), Set.of(20L), Map.of());
        assertThat(byCheckIn.complete()).isTrue();
        assertThat(byCheckIn.next()).isNull();
        assertThat(byCheckIn.mark(content, 3)).isEqualTo(Mark.OPTIONAL); // the group is done without it

        PathwayProgress byLinkedBadge =
                PathwayProgress.of(content, Set.of(1L, 3L, 55L), Set.of(), Map.of(20L, List.of(55L)));
        assertThat(byLinkedBadge.done()).containsExactly(true, false, false, true, true);
        assertThat(byLinkedBadge.complete()).isTrue();
    }

    @Test
    void the_optional_step_is_never_needed() {
        PathwayProgress p = PathwayProgress.of(content, Set.of(1L, 2L, 3L), Set.of(), Map.of());
        assertThat(p.complete()).isTrue();
        assertThat(p.mark(content, 1)).isEqualTo(Mark.OPTIONAL);
    }
}
