package org.mesta.city;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.mesta.base.AbstractEntity;

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

    protected Organisation() {
    }

    Organisation(City city, OrganisationDraft draft) {
        this.city = city;
        update(draft);
    }

    void update(OrganisationDraft d) {
        name = d.name().trim();
        description = blankToNull(d.description());
        website = blankToNull(d.website());
        contactEmail = d.contactEmail().trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public OrganisationDraft toDraft() {
        return new OrganisationDraft(getId(), getVersion(), city.getId(), name, description, website, contactEmail);
    }

    public City getCity() {
        return city;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getWebsite() {
        return website;
    }

    public String getContactEmail() {
        return contactEmail;
    }
}
