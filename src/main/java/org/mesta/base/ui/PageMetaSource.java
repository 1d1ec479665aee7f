package org.mesta.base.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * A feature's public pages as a shared link shows them. Called for every first page load (by anyone, with any
 * path), so an answer reads only public data, answers unknown or malformed ids with empty and never throws for them.
 */
public interface PageMetaSource {

    /**
     * @param path     the requested path without the leading slash, at most {@link LinkPreviews#MAX_PATH} characters
     * @param language the reader's supported language, or null when the request did not say (a link-preview
     *                 robot): then the page's own language (its city's) is best
     */
    Optional<PageMeta> metaFor(String path, Locale language);
}
