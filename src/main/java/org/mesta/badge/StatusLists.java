package org.mesta.badge;

import static org.mesta.badge.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Revocation that every verifier sees (W3C Bitstring Status List v1.0): each organisation publishes one
 * BitstringStatusListCredential signed with its own key, and each Open Badges 3.0 credential names its bit in it.
 * The signed list is stored and served as is; it is signed again only when an award of the organisation is
 * revoked (or the list is first made), never because someone asked for it. The list row also records which bits
 * are taken; it is locked while bits are taken or set, so concurrent issuers and revokers never lose each other's
 * work, whatever snapshot their transaction reads.
 */
@Component
class StatusLists {

    /** The specification's minimum length (16 KB): enough awards share a list that a lookup says little about whose. */
    static final int SIZE = 131_072;

    private static final Logger LOG = LoggerFactory.getLogger(StatusLists.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StatusListRepository lists;
    private final IssuerKeys keys;
    private final Clock clock;
    private final String prefix;

    StatusLists(StatusListRepository lists, IssuerKeys keys, Clock clock, @Value("${mesta.base-url}") String baseUrl) {
        this.lists = lists;
        this.keys = keys;
        this.clock = clock;
        this.prefix = baseUrl.replaceAll("/+$", "") + "/ob/v3/status/";
    }

    String url(long organisationId) {
        return prefix + organisationId;
    }

    /** What a credential carries to name its bit. */
    JsonObject entry(long organisationId, int index) {
        return JSON.createObjectBuilder()
                .add("id", url(organisationId) + "#" + index)
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", Integer.toString(index))
                .add("statusListCredential", url(organisationId))
                .build();
    }

    /**
     * Free bits for {@code count} new awards of the organisation. Indexes are random, not a sequence: the
     * specification asks for that so an index tells nobody how many were issued or in which order. The taken
     * bits are read from the organisation's list row under its lock (a locking read sees the latest commit even
     * under MySQL's repeatable read), which stays held until the issuing transaction ends, so two issuers never
     * take the same bit (the unique index on award is the last guard). Fewer come back once the list is full;
     * those awards are then checked against the database only.
     */
    List<Integer> reserve(long organisationId, IssuerKeys.Signer signer, int count) {
        if (!lists.existsById(organisationId)) {
            Instant now = clock.instant();
            lists.createIfAbsent(organisationId, sign(organisationId, signer, new BitSet(), now), now);
        }
        StatusList list = lists.lock(organisationId).orElseThrow();
        BitSet used = list.allocated();
        int take = Math.min(count, SIZE - used.cardinality());
        if (take < count)
            LOG.warn(
                    "The status list of organisation {} is full: {} awards without a bit",
                    organisationId,
                    count - take);
        List<Integer> free = new ArrayList<>(take);
        while (free.size() < take) {
            int i = RANDOM.nextInt(SIZE);
            if (!used.get(i)) {
                used.set(i);
                free.add(i);
            }
        }
        list.allocate(used);
        lists.saveAndFlush(list);
        return free;
    }

    /**
     * An award was revoked: its bit is set in the list as stored (read under the row lock, so two revocations at
     * once both count) and the list is signed again.
     */
    void revoke(long organisationId, int index) {
        lists.lock(organisationId).ifPresent(list -> {
            BitSet revoked = decode(DataIntegrity.parse(list.getCredential())
                    .getJsonObject("credentialSubject")
                    .getString("encodedList"));
            if (revoked.get(index)) return;
            revoked.set(index);
            Instant now = clock.instant();
            list.resign(sign(organisationId, keys.signer(organisationId), revoked, now), now);
            lists.saveAndFlush(list);
        });
    }

    Optional<StatusList> published(long organisationId) {
        return lists.findById(organisationId);
    }

    /**
     * Whether one of our lists says the credential is revoked; empty when it names no list of ours, or a list of
     * another issuer than its own (that list says nothing about it). Other sites' lists are never fetched.
     */
    Optional<Boolean> revoked(JsonObject credential) {
        JsonValue status = credential.get("credentialStatus");
        List<JsonObject> entries = status instanceof JsonObject o
                ? List.of(o)
                : status instanceof JsonArray a
                        ? a.stream()
                                .filter(JsonObject.class::isInstance)
                                .map(JsonObject.class::cast)
                                .toList()
                        : List.of();
        String issuer = credential.get("issuer") instanceof JsonObject i
                ? i.getString("id", "")
                : credential.getString("issuer", "");
        for (JsonObject e : entries) {
            String list = e.getString("statusListCredential", "");
            if (!"BitstringStatusListEntry".equals(e.getString("type", ""))
                    || !"revocation".equals(e.getString("statusPurpose", ""))
                    || !list.startsWith(prefix)) continue;
            try {
                long organisationId = Long.parseLong(list.substring(prefix.length()));
                int index = Integer.parseInt(e.getString("statusListIndex", ""));
                Optional<JsonObject> published =
                        published(organisationId).map(l -> DataIntegrity.parse(l.getCredential()));
                if (published.isEmpty()
                        || !published.get().getString("issuer", "").equals(issuer)) continue;
                return Optional.of(
                        isSet(published.get().getJsonObject("credentialSubject").getString("encodedList"), index));
            } catch (RuntimeException unreadable) {
                // a status entry that names our list but not a bit of it
            }
        }
        return Optional.empty();
    }

    private String sign(long organisationId, IssuerKeys.Signer signer, BitSet revoked, Instant now) {
        JsonObject list = JSON.createObjectBuilder()
                .add("@context", JSON.createArrayBuilder().add(DataIntegrity.CREDENTIALS_V2))
                .add("id", url(organisationId))
                .add(
                        "type",
                        JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
                .add("issuer", signer.did())
                .add("validFrom", OpenBadges2.iso(now))
                .add(
                        "credentialSubject",
                        JSON.createObjectBuilder()
                                .add("id", url(organisationId) + "#list")
                                .add("type", "BitstringStatusList")
                                .add("statusPurpose", "revocation")
                                .add("encodedList", encode(revoked)))
                .build();
        return DataIntegrity.sign(list, signer.key(), signer.verificationMethod(), now)
                .toString();
    }

    /** The bits, index 0 the left-most bit of the first byte, GZIP-compressed, as multibase base64url ("u…"). */
    static String encode(BitSet bits) {
        byte[] raw = new byte[SIZE / 8];
        for (int i = bits.nextSetBit(0); i >= 0 && i < SIZE; i = bits.nextSetBit(i + 1)) {
            raw[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    static boolean isSet(String encodedList, int index) {
        if (index < 0 || index >= SIZE) throw new IllegalArgumentException("index outside the list");
        return decode(encodedList).get(index);
    }

    /** Our own lists only (a stored, signed list): at most SIZE bits are read. */
    static BitSet decode(String encodedList) {
        if (!encodedList.startsWith("u")) throw new IllegalArgumentException("not multibase base64url");
        try (GZIPInputStream in = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
            byte[] raw = in.readNBytes(SIZE / 8);
            BitSet bits = new BitSet(SIZE);
            for (int i = 0; i < raw.length * 8; i++) {
                if ((raw[i / 8] & (0x80 >>> (i % 8))) != 0) bits.set(i);
            }
            return bits;
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable status list", e);
        }
    }
}
