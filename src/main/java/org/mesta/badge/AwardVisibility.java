package org.mesta.badge;

/**
 * Whether an award's page may be shown to anyone who has its link. The wallet decides (its holder may make a badge
 * private or decline it), but the wallet builds on badge, so it answers through this interface; without an answer
 * an award is shown by link, as it always was.
 */
public interface AwardVisibility {

    boolean shownToEveryone(Award award);
}
