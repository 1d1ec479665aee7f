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
        for (String lang :
                new String[] {reader == null ? null : TranslationProvider.tag(reader), city.getDefaultLanguage(), "en"
                }) {
            if (lang != null && descriptions.containsKey(lang)) return descriptions.get(lang);
        }
        if (description != null) return description;
        return descriptions.values().stream().findFirst().orElse(null);
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }
}
