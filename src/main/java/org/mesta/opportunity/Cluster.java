package org.mesta.opportunity;

/** Many opportunities near each other, as one: how many, and their mean position (see PublicIndex). */
public record Cluster(int count, double latitude, double longitude) {}
