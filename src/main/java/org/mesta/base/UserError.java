package org.mesta.base;

/**
 * A refusal the user can act on (duplicate name, city still in use…). Carries a translation key so the
 * view shows it in the user's language; services throw it instead of letting a database error surface.
 */
public class UserError extends RuntimeException {

    private final String key;
    private final transient Object[] params;

    public UserError(String key, Object... params) {
        super(key);
        this.key = key;
        this.params = params;
    }

    public String key() {
        return key;
    }

    public Object[] params() {
        return params;
    }
}
