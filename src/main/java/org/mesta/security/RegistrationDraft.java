package org.mesta.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a young person enters to register as a learner. */
public record RegistrationDraft(
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Email @Size(max = 255) String email,

        @NotNull @Size(min = AccountService.MIN_PASSWORD, max = 128) String password,

        @NotNull Long cityId,
        @NotBlank String language,
        int birthYear,
        boolean guardianConsent,
        @AssertTrue boolean privacyAccepted) {}
