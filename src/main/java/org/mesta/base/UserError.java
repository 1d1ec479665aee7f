package org.mesta.base;

import java.util.Collection;
import java.util.List;

/**
 * A refusal the user can act on (duplicate name, city still in use…). Carries translation keys so the view shows
 * it in the user's language; services throw it instead of letting a database error surface. A refusal may name
 * several {@link Problem}s, each with its field, so a form puts every message next to the field it is about.
 */
public class UserError extends RuntimeException {

    private final transient List<Problem> problems;

    public UserError(String key, Object... params) {
        this(List.of(Problem.ofForm(key, params)));
    }

    private UserError(List<Problem> problems) {
        super(problems.getFirst().key());
        this.problems = problems;
    }

    /** A refusal naming each problem (at least one). */
    public static UserError of(Collection<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        return new UserError(List.copyOf(problems));
    }

    /** Refuses when there is anything to refuse: the usual last line of a service's rule check. */
    public static void throwIfAny(Collection<Problem> problems) {
        if (!problems.isEmpty()) {
            throw of(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first problem's key (a refusal of one problem has only that one). */
    public String key() {
        return problems.getFirst().key();
    }

    public Object[] params() {
        return problems.getFirst().params();
    }
}
