package org.mesta.city;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.Set;

/** What a network admin enters for a city; id and version are null/0 for a new one. */
public record CityDraft(
        Long id,
        long version,

        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @NotEmpty Map<@Size(max = 8) String, @Size(max = 120) String> names,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
        @DecimalMin("-90") @DecimalMax("90") double latitude,
        @DecimalMin("-180") @DecimalMax("180") double longitude,
        @Min(1) @Max(19) int zoom,
        @NotBlank String defaultLanguage,
        Set<String> offeredLanguages,
        @NotBlank @Size(max = 64) String timeZone) {}
