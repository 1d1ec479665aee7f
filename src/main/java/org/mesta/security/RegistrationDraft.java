package org.mesta.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a young person enters to register as a learner. Under the age of digital consent of their city's country,
 * a guardian's e-mail address (the guardian is asked; a tick by the child would not be consent).
 */
public record RegistrationDraft(
        @NotBlank @Size(max = 120) String displayName,
        @NotBlank @Email @Size(max = 255) String email,

        @NotNull @Size(min = AccountService.MIN_PASSWORD, max = 128) String password,

        @NotNull Long cityId,
        @NotBlank String language,
        @NotNull LocalDate birthDate,
        @Nullable @Email @Size(max = 255) String guardianEmail,
        @AssertTrue boolean privacyAccepted) {}
