package org.mesta.city;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OrganisationDraft(Long id, long version, @NotNull Long cityId,
                                @NotBlank @Size(max = 160) String name,
                                @Size(max = 2000) String description,
                                @Size(max = 255) @Pattern(regexp = "(https?://\\S+)?") String website,
                                @NotBlank @Email @Size(max = 255) String contactEmail) {
}
