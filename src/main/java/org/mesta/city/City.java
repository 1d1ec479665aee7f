package org.mesta.city;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mesta.base.AbstractEntity;
import org.mesta.base.TranslationProvider;

/** A city platform of the network: where its map opens and which languages it speaks. */
@Entity
public class City extends AbstractEntity {

    private String slug;
    private String country;
    private double latitude;
    private double longitude;
    private int zoom;
    private String defaultLanguage;
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "city_name", joinColumns = @JoinColumn(name = "city_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name")
    private Map<String, String> names = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "city_language", joinColumns = @JoinColumn(name = "city_id"))
    @Column(name = "language")
    private Set<String> offeredLanguages = new LinkedHashSet<>();

    protected City() {}

    City(CityDraft draft) {
        update(draft);
    }

    void update(CityDraft d) {
        slug = d.slug().trim().toLowerCase(Locale.ROOT);
        country = d.country().trim().toUpperCase(Locale.ROOT);
        latitude = d.latitude();
        longitude = d.longitude();
        zoom = d.zoom();
        defaultLanguage = d.defaultLanguage();
        timeZone = d.timeZone();
        names.clear();
        d.names().forEach((lang, name) -> {
            if (name != null && !name.isBlank()) {
                names.put(lang, name.trim());
            }
        });
        offeredLanguages.clear();
        offeredLanguages.addAll(d.offeredLanguages());
        offeredLanguages.add(defaultLanguage);
    }

    /** The name in the reader's language, else in the city's own default language. */
    public String name(Locale locale) {
        String lang = locale == null ? defaultLanguage : TranslationProvider.tag(locale);
        return names.getOrDefault(
                lang,
                names.getOrDefault(
                        defaultLanguage, names.values().stream().findFirst().orElse(slug)));
    }

    public CityDraft toDraft() {
        return new CityDraft(
                getId(),
                getVersion(),
                slug,
                Map.copyOf(names),
                country,
                latitude,
                longitude,
                zoom,
                defaultLanguage,
                Set.copyOf(offeredLanguages),
                timeZone);
    }

    public String getSlug() {
        return slug;
    }

    public String getCountry() {
        return country;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public int getZoom() {
        return zoom;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Set<String> getOfferedLanguages() {
        return Set.copyOf(offeredLanguages);
    }
}
