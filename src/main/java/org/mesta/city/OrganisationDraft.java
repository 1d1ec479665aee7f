package org.mesta.city;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.TreeMap;

/**
 * An organisation as entered. {@code descriptions} holds the description per language (what the organisation
 * dialog writes); {@code description} is a text of no known language, kept for callers that write only one.
 */
public record OrganisationDraft(
        Long id,
        long version,
        @NotNull Long cityId,
        @NotBlank @Size(max = 160) String name,
        @Size(max = 2000) String description,

        @Size(max = 255) @Pattern(regexp = "(https?://\\S+)?")
        String website,

        @NotBlank @Email @Size(max = 255) String contactEmail,
        Map<@Size(max = 8) String, @Size(max = 2000) String> descriptions) {

    public OrganisationDraft {
        Map<String, String> kept = new TreeMap<>();
        if (descriptions != null) {
            descriptions.forEach((lang, text) -> {
                if (lang != null && text != null && !text.isBlank()) kept.put(lang, text.trim());
            });
        }
        descriptions = Map.copyOf(kept);
    }

    /** One description of no known language (the form before organisations spoke several). */
    public OrganisationDraft(
            Long id, long version, Long cityId, String name, String description, String website, String contactEmail) {
        this(id, version, cityId, name, description, website, contactEmail, Map.of());
    }

    /** A new organisation described in each of the given languages. */
    public static OrganisationDraft of(
            long cityId, String name, Map<String, String> descriptions, String website, String contactEmail) {
        return new OrganisationDraft(null, 0, cityId, name, null, website, contactEmail, descriptions);
    }
}
