package org.mesta.badge;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider the badge code builds and reads JSON with. {@code jakarta.json.Json}'s static methods look
 * the provider up again on every call (a ServiceLoader scan of the class path): that was almost half of the signing
 * threads' time in bulk issuing (BadgeBenchmark, JFR).
 */
final class Jsons {

    static final JsonProvider JSON = JsonProvider.provider();

    private Jsons() {}
}
