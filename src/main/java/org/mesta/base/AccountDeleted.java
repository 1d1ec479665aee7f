package org.mesta.base;

/**
 * A person deletes their account. Published inside the deleting transaction, before the account row goes, so
 * each feature erases what it keeps about them with a plain {@code @EventListener} in the same transaction: the
 * deletion happens entirely or not at all. Features that keep nothing personal ignore it.
 */
public record AccountDeleted(long accountId, String email) {}
