package org.mesta.map;

import java.io.Serializable;

/** A named place a person can search for, with where it is. */
public record Place(String name, String region, String country, GeoPoint position, long population)
        implements Serializable {

    /** "Maribor, SI" or "Springfield, IL, US": enough to tell places of the same name apart. */
    public String label() {
        StringBuilder label = new StringBuilder(name);
        if (region != null && !region.isBlank() && !region.matches("\\d+")) {
            label.append(", ").append(region);
        }
        if (country != null && !country.isBlank()) {
            label.append(", ").append(country);
        }
        return label.toString();
    }
}
