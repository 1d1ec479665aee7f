package org.mesta.security;

import jakarta.validation.Valid;
import org.mesta.base.Mailer;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.mesta.base.LanguagePreference;
import org.mesta.base.TranslationProvider;
import org.springframework.context.event.EventListener;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** People and their roles: registration, password reset, invitations, city staff. */
@Service
@Validated
public class AccountService {

    public static final int MIN_PASSWORD = 10;
    /** bcrypt reads only the first 72 bytes: a longer password would silently match any with the same start. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int CONSENT_AGE = 16;
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(14);
    /** Roles a city admin may hand out in their city; city admins are appointed by network admins. */
    static final Set<Role> CITY_ASSIGNABLE = EnumSet.of(Role.PROVIDER, Role.MODERATOR, Role.AMBASSADOR);
    /** Roles that hold only in the account's own city (providers act through their organisations instead). */
    static final Set<Role> CITY_SCOPED = EnumSet.of(Role.MODERATOR, Role.AMBASSADOR, Role.CITY_ADMIN);

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final InvitationRepository invitations;
    private final PasswordResetRepository resets;
    private final PasswordEncoder encoder;
    private final CityService cities;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final Clock clock;
    private final String baseUrl;

    AccountService(AccountRepository accounts, MembershipRepository memberships, InvitationRepository invitations,
                   PasswordResetRepository resets, PasswordEncoder encoder, CityService cities, Mailer mailer,
                   TranslationProvider translations, Clock clock, @Value("${mesta.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.invitations = invitations;
        this.resets = resets;
        this.encoder = encoder;
        this.cities = cities;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public Account register(@Valid RegistrationDraft draft) {
        checkPassword(draft.password());
        int age = Year.now(clock).getValue() - draft.birthYear();
        if (age < 6 || age > 120) {
            throw new UserError("register.error.birth-year");
        }
        if (age < CONSENT_AGE && !draft.guardianConsent()) {
            throw new UserError("register.error.guardian-consent");
        }
        String email = Account.normalise(draft.email());
        if (accounts.existsByEmail(email)) {
            throw new UserError("register.error.email-taken");
        }
        cities.findCity(draft.cityId()).orElseThrow(() -> new UserError("error.not-found"));
        Instant now = clock.instant();
        Account account = new Account(email, draft.displayName(), encoder.encode(draft.password()),
                draft.cityId(), language(draft.language()), now);
        account.learnerDetails(draft.birthYear(), age < CONSENT_AGE && draft.guardianConsent(), now);
        account.grant(Role.LEARNER);
        return accounts.save(account);
    }

    /** Always answers the same way, whether or not the address has an account. */
    @PreAuthorize("permitAll()")
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        accounts.findByEmail(Account.normalise(email)).ifPresent(account -> {
            String token = Tokens.newToken();
            resets.save(new PasswordReset(account, Tokens.hash(token), clock.instant().plus(RESET_VALIDITY)));
            Locale locale = Locale.forLanguageTag(account.getPreferredLanguage());
            mailer.send(account.getEmail(), t(locale, "mail.reset.subject"),
                    t(locale, "mail.reset.body", account.getDisplayName(), baseUrl + "/reset-password?token=" + token,
                            RESET_VALIDITY.toMinutes()));
        });
    }

    @PreAuthorize("permitAll()")
    @Transactional
    public void resetPassword(String token, String newPassword) {
        checkPassword(newPassword);
        PasswordReset reset = token == null ? null : resets.findByTokenHash(Tokens.hash(token)).orElse(null);
        if (reset == null || !reset.usableAt(clock.instant())) {
            throw new UserError("reset.error.invalid-link");
        }
        reset.use(clock.instant());
        reset.getAccount().changePassword(encoder.encode(newPassword));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        Account account = accounts.findById(MestaUser.require().accountId()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new UserError("account.error.wrong-password");
        }
        checkPassword(newPassword);
        account.changePassword(encoder.encode(newPassword));
        keepThisSession(account);
    }

    @EventListener
    @Transactional
    void languageChosen(LanguagePreference.LanguageChosen event) {
        accounts.findById(event.accountId()).ifPresent(a -> a.preferLanguage(language(event.language())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeLanguage(String language) {
        accounts.findById(MestaUser.require().accountId()).ifPresent(a -> a.preferLanguage(language(language)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Account me() {
        return accounts.findById(MestaUser.require().accountId()).orElseThrow();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Membership> myMemberships() {
        return memberships.findByAccountId(MestaUser.require().accountId());
    }

    /** Members of an organisation: visible to its own members and to whoever administers its city. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Membership> members(long organisationId) {
        MestaUser user = MestaUser.require();
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        if (!user.organisationIds().contains(organisationId) && !user.administers(org.getCity().getId())) {
            throw new AccessDeniedException("not a member of organisation " + organisationId);
        }
        return memberships.findByOrganisationIdOrderByAccountDisplayName(organisationId);
    }

    /** People of the admin's city (network admins: of the given city, or everyone when cityId is null). */
    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> searchPeople(Long cityId, String filter, Pageable pageable) {
        MestaUser user = MestaUser.require();
        Long scope = user.has(Role.NETWORK_ADMIN) ? cityId : user.cityId();
        String q = "%" + (filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT)) + "%";
        return accounts.search(scope, q, pageable).getContent();
    }

    /** The people holding a role in the caller's own city: ambassadors choosing a team or mentioning someone. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> colleagues(Role role) {
        Long city = MestaUser.require().cityId();
        return city == null ? List.of() : accounts.withRoleInCity(city, role);
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public long countWithRole(Role role) {
        return accounts.countWithRole(role);
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public void revokeRole(long accountId, Role role) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("error.not-found"));
        requireMayAssign(role, account.getCityId());
        if (account.getId().equals(MestaUser.require().accountId()) && (role == Role.CITY_ADMIN || role == Role.NETWORK_ADMIN)) {
            throw new UserError("people.error.own-admin-role");
        }
        account.revoke(role);
        keepThisSession(account);
    }

    /** City and network admins invite to roles; an organisation's admins invite members into their organisation. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void invite(@Valid InvitationDraft draft, Locale locale) {
        boolean organisationAdmin = draft.role() == Role.PROVIDER && draft.organisationId() != null
                && MestaUser.require().managesMembersOf(draft.organisationId());
        if (!organisationAdmin) {
            requireMayAssign(draft.role(), draft.cityId());
        }
        if (draft.role() == Role.PROVIDER) {
            Organisation org = draft.organisationId() == null ? null
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
        invitations.save(new Invitation(Tokens.hash(token), draft.email(), draft.role(), draft.cityId(),
                provider ? draft.organisationId() : null, provider ? draft.organisationRole() : null,
                MestaUser.require().accountId(), now, now.plus(INVITATION_VALIDITY)));
        mailer.send(Account.normalise(draft.email()), t(locale, "mail.invitation.subject", city.name(locale)),
                t(locale, "mail.invitation.body", MestaUser.require().displayName(), t(locale, draft.role().translationKey()),
                        city.name(locale), baseUrl + "/invitation?token=" + token, INVITATION_VALIDITY.toDays()));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Invitation> findOpenInvitation(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Tokens.hash(token)).filter(i -> i.openAt(clock.instant()));
    }

    /** Whether the link is one a city admin withdrew (it then says so, rather than "expired"). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean invitationCancelled(String token) {
        return token != null && !token.isBlank()
                && invitations.findByTokenHash(Tokens.hash(token)).map(Invitation::cancelled).orElse(false);
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

    /** Whether the invited address already has an account (then the invitee signs in to accept). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean invitationNeedsSignIn(String token) {
        return findOpenInvitation(token).map(i -> accounts.existsByEmail(i.getEmail())).orElse(false);
    }

    /**
     * Accepts an invitation: a new person chooses a name and password; an existing account must be signed
     * in as the invited address, and only gains the role.
     * <p>
     * An account belongs to one city, and moderator, ambassador and city admin roles hold in that city. So an
     * invitation to such a role in another city is refused while the account holds any role beyond learner
     * there (accepting would silently carry those roles to the new city); a learner-only account moves. A provider
     * invitation only adds a membership: organisations carry their own city, so the account's city is kept.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Account acceptInvitation(String token, String displayName, String password) {
        Invitation invitation = findOpenInvitation(token).orElseThrow(() -> new UserError("invitation.error.invalid-link"));
        Instant now = clock.instant();
        Account account = accounts.findByEmail(invitation.getEmail()).orElse(null);
        if (account == null) {
            if (displayName == null || displayName.isBlank()) {
                throw new UserError("error.required");
            }
            if (displayName.strip().length() > 120) {
                throw new UserError("error.too-long");
            }
            checkPassword(password);
            account = accounts.save(new Account(invitation.getEmail(), displayName, encoder.encode(password),
                    invitation.getCityId(), "en", now));
        } else if (!signedInAs(account)) {
            throw new UserError("invitation.error.sign-in-first");
        }
        boolean otherCity = account.getCityId() != null && !account.getCityId().equals(invitation.getCityId());
        if (otherCity && CITY_SCOPED.contains(invitation.getRole())
                && account.getRoles().stream().anyMatch(r -> r != Role.LEARNER)) {
            throw new UserError("invitation.error.other-city");
        }
        account.grant(invitation.getRole());
        if (invitation.getRole() != Role.PROVIDER) {
            account.moveTo(invitation.getCityId());
        } else {
            Account member = account;
            memberships.findByOrganisationIdAndAccountId(invitation.getOrganisationId(), account.getId())
                    .ifPresentOrElse(m -> changeMemberRole(m, invitation.getOrganisationRole()),
                            () -> memberships.save(new Membership(invitation.getOrganisationId(), member,
                                    invitation.getOrganisationRole())));
            if (account.getCityId() == null) {
                account.moveTo(invitation.getCityId());
            }
        }
        invitation.accept(now);
        keepThisSession(account);
        return account;
    }

    /** Open invitations into an organisation: for those who manage its members. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Invitation> openInvitationsOf(long organisationId) {
        if (!managesMembers(organisationId)) {
            throw new AccessDeniedException("may not manage the members of organisation " + organisationId);
        }
        Instant now = clock.instant();
        return invitations.findByOrganisationIdAndAcceptedAtIsNullOrderByCreatedAtDesc(organisationId).stream()
                .filter(i -> i.openAt(now)).toList();
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<Invitation> openInvitations(long cityId) {
        if (!MestaUser.require().administers(cityId)) {
            throw new AccessDeniedException("not an administrator of city " + cityId);
        }
        Instant now = clock.instant();
        return invitations.findByCityIdAndAcceptedAtIsNullOrderByCreatedAtDesc(cityId).stream()
                .filter(i -> i.openAt(now)).toList();
    }

    /**
     * Creates a ready account directly, without an invitation: for the first network admin of a fresh
     * installation and for demo data. Network admins only.
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public Account createAccount(String email, String displayName, String password, Long cityId, String language,
                                 Set<Role> roles) {
        checkPassword(password);
        if (accounts.existsByEmail(Account.normalise(email))) {
            throw new UserError("register.error.email-taken");
        }
        Account account = new Account(email, displayName, encoder.encode(password), cityId, language(language),
                clock.instant());
        roles.forEach(account::grant);
        return accounts.save(account);
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public void addMember(long organisationId, long accountId, OrganisationRole role) {
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        if (!MestaUser.require().administers(org.getCity().getId())) {
            throw new AccessDeniedException("not an administrator of city " + org.getCity().getId());
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("error.not-found"));
        account.grant(Role.PROVIDER);
        memberships.findByOrganisationIdAndAccountId(organisationId, accountId)
                .ifPresentOrElse(m -> changeMemberRole(m, role),
                        () -> memberships.save(new Membership(organisationId, account, role)));
        keepThisSession(account);
    }

    /** Changes a member's role: the organisation's admins, or an admin of its city. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMemberRole(long organisationId, long accountId, OrganisationRole role) {
        Membership member = managedMembership(organisationId, accountId);
        changeMemberRole(member, role);
        keepThisSession(member.getAccount());
    }

    /**
     * Removes someone from an organisation (the organisation's admins, or an admin of its city); their sessions
     * end. The last admin stays, so that someone can always manage the members.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void removeMember(long organisationId, long accountId) {
        Membership member = managedMembership(organisationId, accountId);
        if (member.getRole() == OrganisationRole.ADMIN
                && memberships.countByOrganisationIdAndRole(organisationId, OrganisationRole.ADMIN) <= 1) {
            throw new UserError("organisation.error.last-admin");
        }
        memberships.delete(member);
        memberships.flush();
        member.getAccount().endSessions();
        keepThisSession(member.getAccount());
    }

    /** Whether the signed-in person may change the members of this organisation (for the views). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean managesMembers(long organisationId) {
        MestaUser user = MestaUser.require();
        return user.managesMembersOf(organisationId) || cities.findOrganisation(organisationId)
                .map(o -> user.administers(o.getCity().getId())).orElse(false);
    }

    private Membership managedMembership(long organisationId, long accountId) {
        if (!managesMembers(organisationId)) {
            throw new AccessDeniedException("may not manage the members of organisation " + organisationId);
        }
        return memberships.findByOrganisationIdAndAccountId(organisationId, accountId)
                .orElseThrow(() -> new UserError("error.not-found"));
    }

    private void changeMemberRole(Membership member, OrganisationRole role) {
        if (member.getRole() == OrganisationRole.ADMIN && role != OrganisationRole.ADMIN
                && memberships.countByOrganisationIdAndRole(member.getOrganisationId(), OrganisationRole.ADMIN) <= 1) {
            throw new UserError("organisation.error.last-admin");
        }
        member.changeRole(role);
    }

    /**
     * After a change to the signed-in person's own account: this session takes the new roles and generation
     * and stays signed in; their other sessions end at their next request (SessionGuard).
     */
    private void keepThisSession(Account account) {
        if (signedInAs(account)) {
            CurrentSession.replace(toUser(account));
        }
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasNetworkAdmin() {
        return accounts.countWithRole(Role.NETWORK_ADMIN) > 0;
    }

    /** Builds the signed-in identity; used by sign-in and after an account's roles change. */
    MestaUser toUser(Account account) {
        Map<Long, String> orgs = memberships.findByAccountId(account.getId()).stream()
                .collect(Collectors.toMap(Membership::getOrganisationId, m -> m.getRole().name()));
        return new MestaUser(account.getId(), account.getEmail(), account.getDisplayName(), account.getPasswordHash(),
                account.getRoles(), account.getCityId(), orgs, account.getPreferredLanguage(),
                account.lockedAt(clock.instant()), account.getSessionGeneration());
    }

    private static boolean signedInAs(Account account) {
        return MestaUser.current().map(u -> u.accountId() == account.getId()).orElse(false);
    }

    private void requireMayAssign(Role role, Long cityId) {
        MestaUser user = MestaUser.require();
        boolean allowed = user.has(Role.NETWORK_ADMIN)
                ? role != Role.LEARNER
                : CITY_ASSIGNABLE.contains(role) && user.administers(cityId);
        if (!allowed) {
            throw new AccessDeniedException("may not assign " + role + " in city " + cityId);
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new UserError("password.error.length", MIN_PASSWORD);
        }
        if (passwordTooLong(password)) {
            throw new UserError("password.error.too-long", MAX_PASSWORD_BYTES);
        }
    }

    /** True when the password has more UTF-8 bytes than the hash can use (so a form can say so by the field). */
    public static boolean passwordTooLong(String password) {
        return password != null && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    private static String language(String requested) {
        return TranslationProvider.supported(requested == null ? null : Locale.forLanguageTag(requested)).getLanguage();
    }

    private String t(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
