package org.mesta.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Baking;
import org.mesta.badge.OpenBadgesService;
import org.mesta.badge.Verification;
import org.mesta.base.AccountDeleted;
import org.mesta.base.MestaUser;
import org.mesta.base.UserError;
import org.mesta.wallet.ImportedBadge.Format;
import org.mesta.wallet.ImportedBadge.Verdict;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learner brings a badge earned elsewhere into their wallet: a baked PNG or SVG, an Open Badges 3.0 credential or
 * 2.0 assertion (JSON), or the link of a hosted 2.0 assertion. It is checked by the badge module's verification,
 * the same rules as the public verification page, with the issuer's hosted 2.0 documents fetched under the rules of
 * {@link HostedFetch}; it is kept with that verdict (private at first), or refused with nothing saved: not a badge,
 * changed since issued, someone else's, one of Mesta's own (already in the wallet), or already imported.
 */
@Service
public class WalletImport {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    public static final int MAX_TEXT_CHARS = 256 * 1024;
    /** Assertion, badge class and issuer, with room for one more: a badge needs no more documents than that. */
    static final int MAX_FETCHES = 4;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ImportedBadgeRepository imported;
    private final WalletEntryRepository entries;
    private final OpenBadgesService openBadges;
    private final HostedFetch fetch;
    private final TransactionTemplate tx;
    private final Clock clock;

    WalletImport(
            ImportedBadgeRepository imported,
            WalletEntryRepository entries,
            OpenBadgesService openBadges,
            HostedFetch fetch,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.imported = imported;
        this.entries = entries;
        this.openBadges = openBadges;
        this.fetch = fetch;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** An imported badge as its holder sees it: what it claims, and how far that is proven. */
    public record Imported(
            long id,
            Format format,
            String badgeName,
            String issuerName,
            @Nullable Instant issuedOn,
            Verdict verdict,
            @Nullable String detail,
            Instant verifiedAt) {

        static Imported of(ImportedBadge b) {
            return new Imported(
                    b.getId(),
                    b.getFormat(),
                    b.getBadgeName(),
                    b.getIssuerName(),
                    b.getIssuedOn(),
                    b.getVerdict(),
                    b.getVerdictDetail(),
                    b.getVerifiedAt());
        }
    }

    /** A baked PNG or SVG (or a JSON file) the person uploaded. */
    @PreAuthorize("isAuthenticated()")
    public Imported importFile(byte[] file) {
        if (file.length > MAX_FILE_BYTES)
            throw new UserError("wallet.import.error.too-big", MAX_FILE_BYTES / 1024 / 1024);
        String head = new String(file, 0, Math.min(file.length, 1024), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        if (head.startsWith("{")) return importText(new String(file, StandardCharsets.UTF_8));
        Format format;
        Optional<String> baked;
        if (isPng(file)) {
            format = Format.PNG;
            baked = unbakePng(file);
        } else if ((head.startsWith("<svg") || head.startsWith("<?xml")) && head.contains("<svg")) {
            format = Format.SVG;
            String svg = new String(file, StandardCharsets.UTF_8);
            baked = Baking.unbakeSvg(svg, Baking.OB3).or(() -> Baking.unbakeSvg(svg, Baking.OB2));
        } else {
            throw new UserError("wallet.import.error.file-type");
        }
        if (baked.isEmpty() || baked.get().isBlank()) throw new UserError("wallet.import.error.not-baked");
        String text = baked.get().strip();
        if (text.length() > MAX_TEXT_CHARS) throw new UserError("wallet.import.error.too-complex");
        return keep(format, text, file, format == Format.PNG ? "image/png" : "image/svg+xml");
    }

    /** A pasted (or uploaded) Open Badges 3.0 credential or 2.0 assertion, or the link of a hosted 2.0 assertion. */
    @PreAuthorize("isAuthenticated()")
    public Imported importText(String pasted) {
        String text = pasted == null ? "" : pasted.strip();
        if (text.isEmpty()) throw new UserError("wallet.import.error.nothing");
        if (text.length() > MAX_TEXT_CHARS) throw new UserError("wallet.import.error.too-complex");
        if (!text.startsWith("{")) {
            if (!text.contains("://") && !text.contains(":/")) throw new UserError("wallet.import.error.not-a-badge");
            HostedFetch.parse(text); // http(s) only, before anything is tried
            return keep(Format.OB2_URL, text, null, null);
        }
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new UserError("wallet.import.error.not-a-badge");
        }
        String type = json.path("type").toString();
        if (json.has("proof") || type.contains("VerifiableCredential") || type.contains("OpenBadgeCredential")) {
            return keep(Format.OB3_JSON, text, null, null);
        }
        if (type.contains("Assertion") || json.has("recipient")) return keep(Format.OB2_JSON, text, null, null);
        throw new UserError("wallet.import.error.not-a-badge");
    }

    /** Checks an imported badge again (revoked since? the issuer's site gone?) and keeps the new verdict. */
    @PreAuthorize("isAuthenticated()")
    public Imported checkAgain(long importedId) {
        ImportedBadge b = own(importedId);
        Map<String, String> fetched = new LinkedHashMap<>();
        Verdict verdict;
        String detail;
        try {
            Verification v = verify(b.getFormat(), source(b), b.getImage(), fetched);
            verdict = switch (v.status()) {
                case NOT_A_BADGE, TOO_COMPLEX -> Verdict.NOT_VERIFIABLE;
                default -> verdict(v);
            };
            detail = v.signerDid();
        } catch (UserError e) {
            verdict = Verdict.NOT_VERIFIABLE;
            detail = e.key();
        }
        Verdict found = verdict;
        String why = detail;
        return tx.execute(s -> {
            ImportedBadge fresh = own(importedId);
            fresh.checked(found, why, clock.instant());
            return Imported.of(imported.save(fresh));
        });
    }

    /** The signed-in person's imported badges, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Imported> mine() {
        return imported.findByAccountIdOrderByImportedAtDesc(MestaUser.require().accountId()).stream()
                .map(Imported::of)
                .toList();
    }

    private Imported keep(Format format, String text, byte @Nullable [] image, @Nullable String imageType) {
        MestaUser me = MestaUser.require();
        Map<String, String> fetched = new LinkedHashMap<>();
        Verification v = verify(format, text, image, fetched);
        switch (v.status()) {
            case NOT_A_BADGE -> throw new UserError("wallet.import.error.not-a-badge");
            case TOO_COMPLEX -> throw new UserError("wallet.import.error.too-complex");
            case TAMPERED -> throw new UserError("wallet.import.error.tampered");
            default -> {}
        }
        if (v.issuerName() != null) {
            // One of Mesta's own, genuine: it reached the wallet when it was awarded, or it is someone else's.
            throw Boolean.TRUE.equals(v.recipientMatch())
                    ? new UserError("wallet.import.error.ours", v.issuerName())
                    : new UserError("wallet.import.error.not-yours");
        }
        if (Boolean.FALSE.equals(v.recipientMatch())) throw new UserError("wallet.import.error.not-yours");
        // What was brought is kept as received; a link is kept with the assertion it pointed to.
        String received = text.startsWith("http") ? fetched.getOrDefault(text, text) : text;
        String key = key(received, text);
        if (imported.existsByAccountIdAndCredentialKey(me.accountId(), key)) {
            throw new UserError("wallet.import.error.duplicate");
        }
        Claims claims = claims(v, Claims.of(received, fetched));
        Instant now = clock.instant();
        try {
            return tx.execute(s -> {
                ImportedBadge b = imported.save(new ImportedBadge(
                        me.accountId(),
                        format,
                        key,
                        text.startsWith("http") ? text : null,
                        received,
                        image,
                        imageType,
                        claims,
                        now));
                b.checked(verdict(v), v.signerDid(), now);
                entries.save(WalletEntry.imported(me.accountId(), b.getId(), WalletEntry.Visibility.PRIVATE, now));
                return Imported.of(b);
            });
        } catch (DataIntegrityViolationException e) {
            throw new UserError("wallet.import.error.duplicate");
        }
    }

    private Verification verify(Format format, String text, byte @Nullable [] image, Map<String, String> fetched) {
        OpenBadgesService.Fetcher recording = url -> {
            if (fetched.size() >= MAX_FETCHES) throw new UserError("wallet.import.error.fetch-failed");
            OpenBadgesService.Hosted answer = fetch.get(url);
            fetched.put(url, answer.body());
            return answer;
        };
        String email = MestaUser.require().email();
        boolean file = (format == Format.PNG || format == Format.SVG) && image != null;
        return openBadges.verifyFetching(file ? image : null, file ? "" : text, email, recording);
    }

    /** A claim the verification confirmed wins over the badge's own words. */
    private static Claims claims(Verification v, Claims said) {
        String name = v.badgeName() != null && !v.badgeName().isBlank() ? v.badgeName() : said.badgeName();
        return new Claims(name, said.issuerName(), v.issuedOn() != null ? v.issuedOn() : said.issuedOn());
    }

    static Verdict verdict(Verification v) {
        return switch (v.status()) {
            case VALID -> Verdict.VERIFIED;
            case UNKNOWN_ISSUER -> "2.0".equals(v.version()) ? Verdict.UNKNOWN_HOST : Verdict.UNKNOWN_SIGNER;
            case REVOKED -> Verdict.REVOKED;
            case EXPIRED -> Verdict.EXPIRED;
            case TAMPERED -> Verdict.TAMPERED;
            default -> Verdict.NOT_VERIFIABLE;
        };
    }

    /** The credential's or assertion's own id; else the link; else what was brought, by its digest. */
    private static String key(String received, String text) {
        String id = "";
        try {
            id = Claims.text(JSON.readTree(received).path("id"));
        } catch (RuntimeException e) {
            // not JSON: keyed by the link or the digest below
        }
        if (id.isEmpty() && text.startsWith("http")) id = text;
        return id.isEmpty() || id.length() > 500 ? "sha256:" + sha256(received) : id;
    }

    private static String source(ImportedBadge b) {
        return b.getSourceUrl() != null ? b.getSourceUrl() : b.getReceived();
    }

    private ImportedBadge own(long importedId) {
        return imported.findByIdAndAccountId(importedId, MestaUser.require().accountId())
                .orElseThrow(() -> new AccessDeniedException("not in your wallet: " + importedId));
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static Optional<String> unbakePng(byte[] png) {
        try {
            return Baking.unbakePng(png, Baking.OB3).or(() -> Baking.unbakePng(png, Baking.OB2));
        } catch (RuntimeException e) {
            return Optional.empty(); // a broken PNG carries no badge
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deleting an account deletes the badges it imported, in the same transaction. */
    @EventListener
    void erase(AccountDeleted event) {
        imported.deleteByAccount(event.accountId());
    }
}
