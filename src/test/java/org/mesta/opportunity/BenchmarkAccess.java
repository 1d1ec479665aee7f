package org.mesta.opportunity;

/** Lets the benchmark write published rows exactly as the service does. */
public final class BenchmarkAccess {

    private BenchmarkAccess() {}

    public static String card(PublicOpportunity p) {
        return Card.write(p);
    }
}
