package org.mesta.wallet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person sets for their public profile; {@code version} is the one they read (0 for a first save).
 * The handle's own rules (shape, reserved words, uniqueness) are the service's.
 */
public record ProfileDraft(
        long version,
        boolean enabled,
        String handle,
        @NotBlank @Size(max = 80) String displayName,
        @Size(max = 300) String bio) {}
