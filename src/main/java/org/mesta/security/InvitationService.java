package org.mesta.security;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mesta.base.Mailer;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Invitations to a role or an organisation: sending, withdrawing, and the invited person accepting. */
@Service
@Validated
public class InvitationService {

    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder encoder;
    private final CityService cities;
    private final MemberRoles memberRoles;
    private final MembershipService members;
    private final AccountSessions sessions;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String baseUrl;

    InvitationService(
            AccountRepository accounts,
            InvitationRepository invitations,
            PasswordEncoder encoder,
            CityService cities,
            MemberRoles memberRoles,
            MembershipService members,
            AccountSessions sessions,
            Mailer mailer,
            TranslationProvider translations,
            Clock clock,
            @Value("${mesta.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.encoder = encoder;
        this.cities = cities;
        this.memberRoles = memberRoles;
        this.members = members;
        this.sessions = sessions;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** City and network admins invite to roles; an organisation's admins invite members into their organisation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void invite(@Valid InvitationDraft draft, Locale locale) {
        boolean organisationAdmin = draft.role() == Role.PROVIDER
                && draft.organisationId() != null
                && MestaUser.require().managesMembersOf(draft.organisationId());
        if (!organisationAdmin) {
            RoleRules.requireMayAssign(draft.role(), draft.cityId());
        }
        if (draft.role() == Role.PROVIDER) {
            Organisation org = draft.organisationId() == null
                    ? null
                    : cities.findOrganisation(draft.organisationId()).orElse(null);
            if (org == null || draft.organisationRole() == null) {
                throw new UserError("invite.error.organisation-required");
            }
            if (!org.getCity().getId().equals(draft.cityId())) {
                throw new AccessDeniedException("organisation of another city");
            }
        }
        var city = cities.findCity(draft.cityId()).orElseThrow(() -> new UserError("error.not-found"));
        String token = Tokens.newToken();
        Instant now = clock.instant();
        boolean provider = draft.role() == Role.PROVIDER;
        invitations.save(new Invitation(
                Tokens.hash(token),
                draft.email(),
                draft.role(),
                draft.cityId(),
                provider ? draft.organisationId() : null,
                provider ? draft.organisationRole() : null,
                MestaUser.require().accountId(),
                now,
                now.plus(INVITATION_VALIDITY)));
        mailer.send(
                Account.normalise(draft.email()),
                t(locale, "mail.invitation.subject", city.name(locale)),
                t(
                        locale,
                        "mail.invitation.body",
                        MestaUser.require().displayName(),
                        t(locale, draft.role().translationKey()),
                        city.name(locale),
                        baseUrl + "/invitation?token=" + token,
                        INVITATION_VALIDITY.toDays()));
    }

    /** Anonymous on purpose: the invited person opens the e-mailed link before having an account. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Invitation> findOpenInvitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Tokens.hash(token)).filter(i -> i.openAt(clock.instant()));
    }

    /** Whether the link is one a city admin withdrew (it then says so, rather than "expired"). Anonymous: see above. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean invitationCancelled(String token) {
        return token != null
                && !token.isBlank()
                && invitations
                        .findByTokenHash(Tokens.hash(token))
                        .map(Invitation::cancelled)
                        .orElse(false);
    }

    /** Withdraws an open invitation: by an admin of its city, or for an organisation's invitation by its admins. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void cancelInvitation(long invitationId) {
        Invitation invitation = invitations.findById(invitationId).orElseThrow(() -> new UserError("error.not-found"));
        MestaUser user = MestaUser.require();
        boolean allowed = user.administers(invitation.getCityId())
                || (invitation.getOrganisationId() != null && user.managesMembersOf(invitation.getOrganisationId()));
        if (!allowed) {
            throw new AccessDeniedException("may not cancel invitation " + invitationId);
        }
        invitation.cancel(clock.instant());
    }

    /** Whether the invited address already has an account (then the invitee signs in to accept). Anonymous: see above. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean invitationNeedsSignIn(String token) {
        return findOpenInvitation(token)
                .map(i -> accounts.existsByEmail(i.getEmail()))
                .orElse(false);
    }

    /**
     * Accepts an invitation: a new person chooses a name and password; an existing account must be signed
     * in as the invited address, and only gains the role. Anonymous on purpose: the token is the proof.
     * <p>
     * An account belongs to one city, and moderator, ambassador and city admin roles hold in that city. So an
     * invitation to such a role in another city is refused while the account holds any role beyond learner
     * there (accepting would silently carry those roles to the new city); a learner-only account moves. A provider
     * invitation only adds a membership: organisations carry their own city, so the account's city is kept.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Account acceptInvitation(String token, String displayName, String password) {
        Invitation invitation =
                findOpenInvitation(token).orElseThrow(() -> new UserError("invitation.error.invalid-link"));
        Instant now = clock.instant();
        Account account = accounts.findByEmail(invitation.getEmail()).orElse(null);
        if (account == null) {
            if (displayName == null || displayName.isBlank()) {
                throw new UserError("error.required");
            }
            if (displayName.strip().length() > 120) {
                throw new UserError("error.too-long");
            }
            AccountService.checkPassword(password);
            account = accounts.save(new Account(
                    invitation.getEmail(), displayName, encoder.encode(password), invitation.getCityId(), "en", now));
        } else if (!AccountSessions.signedInAs(account)) {
            throw new UserError("invitation.error.sign-in-first");
        }
        // The invitation came by mail to this address: following its link confirms it.
        account.confirmEmail(now);
        boolean otherCity = account.getCityId() != null && !account.getCityId().equals(invitation.getCityId());
        if (otherCity
                && RoleRules.CITY_SCOPED.contains(invitation.getRole())
                && account.getRoles().stream().anyMatch(r -> r != Role.LEARNER)) {
            throw new UserError("invitation.error.other-city");
        }
        account.grant(invitation.getRole());
        if (invitation.getRole() != Role.PROVIDER) {
            account.moveTo(invitation.getCityId());
        } else {
            memberRoles.join(invitation.getOrganisationId(), account, invitation.getOrganisationRole());
            if (account.getCityId() == null) {
                account.moveTo(invitation.getCityId());
            }
        }
        invitation.accept(now);
        sessions.keepThisSession(account);
        return account;
    }

    /** Open invitations into an organisation: for those who manage its members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Invitation> openInvitationsOf(long organisationId) {
        if (!members.managesMembers(organisationId)) {
            throw new AccessDeniedException("may not manage the members of organisation " + organisationId);
        }
        Instant now = clock.instant();
        return invitations.findByOrganisationIdAndAcceptedAtIsNullOrderByCreatedAtDesc(organisationId).stream()
                .filter(i -> i.openAt(now))
                .toList();
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<Invitation> openInvitations(long cityId) {
        if (!MestaUser.require().administers(cityId)) {
            throw new AccessDeniedException("not an administrator of city " + cityId);
        }
        Instant now = clock.instant();
        return invitations.findByCityIdAndAcceptedAtIsNullOrderByCreatedAtDesc(cityId).stream()
                .filter(i -> i.openAt(now))
                .toList();
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
