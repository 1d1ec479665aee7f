package org.mesta.city;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.mesta.base.AbstractEntity;
import org.mesta.base.Languages;
import org.mesta.base.TranslationProvider;

/** An opportunity provider: belongs to one city, acts through its members. */
@Entity
public class Organisation extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    private String name;
    private String description;
    private String website;
    private String contactEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_description", joinColumns = @JoinColumn(name = "organisation_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "description")
    private Map<String, String> descriptions = new TreeMap<>();

    protected Organisation() {}

    Organisation(City city, OrganisationDraft draft) {
        this.city = city;
        update(draft);
    }

    void update(OrganisationDraft d) {
        name = d.name().trim();
        descriptions.clear();
        descriptions.putAll(d.descriptions());
        // Texts per language replace the old single one; a caller that writes only that one keeps it.
        description = descriptions.isEmpty() ? blankToNull(d.description()) : null;
        website = blankToNull(d.website());
        contactEmail = d.contactEmail().trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public OrganisationDraft toDraft() {
        return new OrganisationDraft(
                getId(), getVersion(), city.getId(), name, description, website, contactEmail, descriptions);
    }

    public City getCity() {
        return city;
    }

    public String getName() {
        return name;
    }

    /** The description of no known language, written before organisations described themselves per language. */
    public String getDescription() {
        return description;
    }

    public Map<String, String> descriptions() {
        return Map.copyOf(descriptions);
    }

    /**
     * The description for a reader: in their language, else the city's first language, else English, else the
     * text of no known language, else any; null when there is none.
     */
    public String description(Locale reader) {
        String lang = descriptionLanguage(reader);
        if (lang != null) return descriptions.get(lang);
        return description;
    }

    /**
     * The language {@link #description} is written in for this reader ({@link Languages#pick}); null for the
     * older text of no known language, which comes before a language nobody asked for.
     */
    public String descriptionLanguage(Locale reader) {
        String lang = Languages.pick(descriptions.keySet(), reader, city.getDefaultLanguage())
                .orElse(null);
        boolean asked = lang != null
                && (lang.equals("en")
                        || lang.equals(city.getDefaultLanguage())
                        || (reader != null && lang.equals(TranslationProvider.tag(reader))));
        return !asked && description != null ? null : lang;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }
}
