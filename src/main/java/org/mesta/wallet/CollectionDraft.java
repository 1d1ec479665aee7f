package org.mesta.wallet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A collection's name, optional short description, and whether it is shown on the public profile. */
public record CollectionDraft(
        @NotBlank @Size(max = 80) String name,
        @Size(max = 300) String description,
        boolean shown) {}
