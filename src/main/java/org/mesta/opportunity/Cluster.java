package org.mesta.opportunity;

/** Many opportunities near each other, as one: how many, and their mean position. */
public record Cluster(int count, double latitude, double longitude) {

    /** As the database's grid query returns it. */
    public Cluster(Long count, Double latitude, Double longitude) {
        this(count.intValue(), latitude, longitude);
    }
}
