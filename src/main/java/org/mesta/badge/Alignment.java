package org.mesta.badge;

/** A framework, standard or competence the badge aligns to (Open Badges "alignment"). */
public record Alignment(String name, String url, String code) {}
