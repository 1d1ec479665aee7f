package org.mesta.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import org.mesta.base.Role;

/**
 * Something that happened which concerns people, shown in their inbox. Stored as a translation key with
 * arguments, so each reader sees it in their own language.
 */
@Entity
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant createdAt;
    private Long accountId;
    private Long organisationId;
    private Long cityId;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String messageKey;
    /** The arguments as a JSON array of strings. */
    private String args;

    private String link;

    protected Notice() {}

    Notice(Audience to, String messageKey, String args, String link, Instant now) {
        this.accountId = to.accountId();
        this.organisationId = to.organisationId();
        this.cityId = to.cityId();
        this.role = to.role();
        this.messageKey = messageKey;
        this.args = args;
        this.link = link;
        this.createdAt = now;
    }

    /** Who a notice is for: one person, an organisation's members, or everyone with a role in a city. */
    public record Audience(Long accountId, Long organisationId, Long cityId, Role role) {

        public static Audience person(long accountId) {
            return new Audience(accountId, null, null, null);
        }

        public static Audience organisation(long organisationId) {
            return new Audience(null, organisationId, null, null);
        }

        public static Audience city(long cityId, Role role) {
            return new Audience(null, null, cityId, role);
        }
    }

    /** A notice as one reader sees it. */
    public record Shown(long id, Instant createdAt, String messageKey, List<String> args, String link, boolean read) {}

    public Long getId() {
        return id;
    }

    Long accountId() {
        return accountId;
    }

    Long organisationId() {
        return organisationId;
    }

    Long cityId() {
        return cityId;
    }

    Role role() {
        return role;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getMessageKey() {
        return messageKey;
    }

    String getArgs() {
        return args;
    }

    String getLink() {
        return link;
    }
}
