package org.mesta.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mesta.base.Role;

/** Whom a city or network admin invites, and to what. Providers are invited into an organisation. */
public record InvitationDraft(
        @NotBlank @Email @Size(max = 255) String email,
        @NotNull Role role,
        @NotNull Long cityId,
        Long organisationId,
        OrganisationRole organisationRole) {}
