package org.mesta.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mesta.base.LanguagePreference;
import org.mesta.base.MestaUser;
import org.mesta.base.Role;
import org.mesta.base.TranslationProvider;
import org.mesta.base.UserError;
import org.mesta.city.CityService;
import org.mesta.city.Organisation;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: one's own (password, language, memberships) and the people of a city as its admins see them (roles,
 * accounts made directly). Registration, password reset, invitations and organisation members have services of
 * their own.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD = 10;
    /** bcrypt reads only the first 72 bytes: a longer password would silently match any with the same start. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder encoder;
    private final CityService cities;
    private final MemberRoles memberRoles;
    private final AccountSessions sessions;
    private final Clock clock;

    AccountService(
            AccountRepository accounts,
            MembershipRepository memberships,
            PasswordEncoder encoder,
            CityService cities,
            MemberRoles memberRoles,
            AccountSessions sessions,
            Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.encoder = encoder;
        this.cities = cities;
        this.memberRoles = memberRoles;
        this.sessions = sessions;
        this.clock = clock;
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
        sessions.keepThisSession(account);
    }

    @EventListener
    @Transactional
    void languageChosen(LanguagePreference.LanguageChosen event) {
        accounts.findById(event.accountId()).ifPresent(a -> a.preferLanguage(supportedLanguage(event.language())));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeLanguage(String language) {
        accounts.findById(MestaUser.require().accountId())
                .ifPresent(a -> a.preferLanguage(supportedLanguage(language)));
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
        RoleRules.requireMayAssign(role, account.getCityId());
        if (account.getId().equals(MestaUser.require().accountId())
                && (role == Role.CITY_ADMIN || role == Role.NETWORK_ADMIN)) {
            throw new UserError("people.error.own-admin-role");
        }
        account.revoke(role);
        sessions.keepThisSession(account);
    }

    /**
     * Creates a ready account directly, without an invitation: for the first network admin of a fresh
     * installation and for demo data. Network admins only.
     */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public Account createAccount(
            String email, String displayName, String password, Long cityId, String language, Set<Role> roles) {
        checkPassword(password);
        if (accounts.existsByEmail(Account.normalise(email))) {
            throw new UserError("register.error.email-taken");
        }
        Account account = new Account(
                email, displayName, encoder.encode(password), cityId, supportedLanguage(language), clock.instant());
        roles.forEach(account::grant);
        // Made by a network admin (or the installation) for a known person: nothing to confirm.
        account.confirmEmail(clock.instant());
        return accounts.save(account);
    }

    /** A city admin puts an account of their city into one of its organisations (with this role). */
    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public void addMember(long organisationId, long accountId, OrganisationRole role) {
        Organisation org = cities.findOrganisation(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        if (!MestaUser.require().administers(org.getCity().getId())) {
            throw new AccessDeniedException(
                    "not an administrator of city " + org.getCity().getId());
        }
        Account account = accounts.findById(accountId).orElseThrow(() -> new UserError("error.not-found"));
        account.grant(Role.PROVIDER);
        memberRoles.join(organisationId, account, role);
        sessions.keepThisSession(account);
    }

    /** Anonymous on purpose: a fresh installation asks this before anyone can sign in. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean hasNetworkAdmin() {
        return accounts.countWithRole(Role.NETWORK_ADMIN) > 0;
    }

    /**
     * The accounts registered with these addresses, by address (lower-cased): a badge awarded to an address reaches
     * its account's inbox and wallet. For the issuing path only (issuers and the system), never shown to anyone.
     */
    @PreAuthorize("hasAnyRole('PROVIDER','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, Long> accountIdsOf(Collection<String> emails) {
        Map<String, Long> ids = new HashMap<>();
        List<String> wanted = emails.stream().map(Account::normalise).distinct().toList();
        for (int from = 0; from < wanted.size(); from += 500) {
            for (Account a : accounts.findByEmailIn(wanted.subList(from, Math.min(wanted.size(), from + 500))))
                ids.put(a.getEmail(), a.getId());
        }
        return ids;
    }

    /** What the system needs to award a badge to an account: its address (and whether confirmed) and language. */
    public record Recipient(long accountId, String email, boolean emailConfirmed, String language) {}

    /** For the system's reactions (a pathway's milestone badge); never shown to anyone. */
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new Recipient(a.getId(), a.getEmail(), a.isEmailConfirmed(), a.getPreferredLanguage()));
    }

    /**
     * Whether the holder of an award — its account, else the account registered with its address — is an adult today:
     * award pages keep a minor's badges private. Unknown holders count as adults (their badge was shown by link
     * before wallets existed). Anyone may open an award page, so anyone's request may ask; the answer never leaves
     * the server. (Not through SystemTask: in a Vaadin request Vaadin's security context strategy reads the
     * session's person first, so a signed-in visitor cannot act as the system there.)
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean holderIsAdult(@Nullable Long accountId, String email) {
        var holder = accountId != null ? accounts.findById(accountId) : accounts.findByEmail(Account.normalise(email));
        return holder.map(a -> a.adultOn(java.time.LocalDate.now(clock))).orElse(true);
    }

    /**
     * Whether an account is limited (a minor whose guardian has not consented): its public pages are not shown.
     * Anonymous, for the public profile; an unknown account counts as limited, so nothing of it shows.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isLimited(long accountId) {
        return accounts.findById(accountId).map(Account::isLimited).orElse(true);
    }

    /** True when the password has more UTF-8 bytes than the hash can use (so a form can say so by the field). */
    public static boolean passwordTooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new UserError("password.error.length", MIN_PASSWORD);
        }
        if (passwordTooLong(password)) {
            throw new UserError("password.error.too-long", MAX_PASSWORD_BYTES);
        }
    }

    static String supportedLanguage(String requested) {
        return TranslationProvider.tag(TranslationProvider.locale(requested));
    }
}
