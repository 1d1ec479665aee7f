package org.mesta.badge;

import java.time.Duration;
import org.mesta.base.UserError;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open Badges 2.0 hosted verification: issuer, badge class and assertion as JSON-LD at stable public URLs
 * (a revoked assertion answers 410 Gone), and each award's baked PNG and SVG. These stay public even when the holder
 * made the badge private in their wallet (only the award's page hides it): a verifier the holder hands the badge to
 * must be able to check it, and they name the recipient only by a salted hash, never by name or address.
 */
@RestController
class OpenBadgesEndpoints {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final OpenBadgesService awards;
    private final BadgeApplicationService applications;

    OpenBadgesEndpoints(OpenBadgesService awards, BadgeApplicationService applications) {
        this.awards = awards;
        this.applications = applications;
    }

    @GetMapping("/ob/v2/issuers/{id}")
    ResponseEntity<String> issuer(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(JSON_LD)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(awards.issuerJson(id));
    }

    @GetMapping("/ob/v2/badges/{id}")
    ResponseEntity<String> badgeClass(@PathVariable long id, @RequestParam(required = false) String lang) {
        return ResponseEntity.ok()
                .contentType(JSON_LD)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .body(awards.badgeClassJson(id, lang));
    }

    @GetMapping("/ob/v2/assertions/{publicId}")
    ResponseEntity<String> assertion(@PathVariable String publicId) {
        Award a = awards.byPublicId(publicId).orElseThrow(() -> new UserError("error.not-found"));
        if (a.isRecipientErased()) {
            // The recipient deleted their account: the assertion is no longer hosted (the signed 3.0 credential
            // they may have kept still verifies on its own).
            return ResponseEntity.status(HttpStatus.GONE)
                    .cacheControl(CacheControl.noCache())
                    .build();
        }
        return ResponseEntity.status(a.getRevokedAt() != null ? HttpStatus.GONE : HttpStatus.OK)
                .contentType(JSON_LD)
                .cacheControl(CacheControl.noCache())
                .body(awards.assertionJson(a));
    }

    @GetMapping("/ob/v3/credentials/{publicId}")
    ResponseEntity<String> credential(@PathVariable String publicId) {
        Award a = awards.byPublicId(publicId)
                .filter(x -> x.getCredential() != null)
                .orElseThrow(() -> new UserError("error.not-found"));
        if (a.isRecipientErased()) {
            // No longer hosted after the recipient deleted their account; the copy they kept verifies on its own.
            return ResponseEntity.status(HttpStatus.GONE)
                    .cacheControl(CacheControl.noCache())
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(JSON_LD)
                .cacheControl(CacheControl.noCache())
                .body(a.getCredential());
    }

    /**
     * An organisation's revocation list (W3C Bitstring Status List) that its 3.0 credentials name. Verifiers may
     * keep it a few minutes and then revalidate (ETag / Last-Modified answer 304 while it has not changed).
     */
    @GetMapping("/ob/v3/status/{organisationId}")
    ResponseEntity<String> statusList(@PathVariable long organisationId) {
        OpenBadgesService.PublishedStatusList list =
                awards.statusList(organisationId).orElseThrow(() -> new UserError("error.not-found"));
        return ResponseEntity.ok()
                .contentType(JSON_LD)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().mustRevalidate())
                .eTag("\"" + Bytes.sha256Hex(list.json()).substring(0, 32) + "\"")
                .lastModified(list.signedAt())
                .body(list.json());
    }

    @GetMapping("/api/awards/{publicId}/badge-ob3.svg")
    ResponseEntity<String> bakedSvg3(@PathVariable String publicId) {
        Award a = awards.byPublicId(publicId)
                .filter(x -> x.getCredential() != null && !x.isRecipientErased())
                .orElseThrow(() -> new UserError("error.not-found"));
        return svgDownload("badge-" + publicId + "-ob3.svg", awards.bakedSvg3(a));
    }

    @GetMapping("/api/awards/{publicId}/badge.png")
    ResponseEntity<byte[]> bakedPng(@PathVariable String publicId) {
        Award a = shown(publicId);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header("Content-Disposition", "attachment; filename=\"badge-" + publicId + ".png\"")
                .body(awards.bakedPng(a));
    }

    @GetMapping("/api/awards/{publicId}/badge.svg")
    ResponseEntity<String> bakedSvg(@PathVariable String publicId) {
        Award a = shown(publicId);
        return svgDownload("badge-" + publicId + ".svg", awards.bakedSvg(a));
    }

    /** An award whose baked images are served: not one whose recipient deleted their account. */
    private Award shown(String publicId) {
        return awards.byPublicId(publicId)
                .filter(x -> !x.isRecipientErased())
                .orElseThrow(() -> new UserError("error.not-found"));
    }

    /** An SVG to save, served under a policy that would stop anything active in it. */
    private static ResponseEntity<String> svgDownload(String fileName, String svg) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
                .body(svg);
    }

    /** Evidence files: for the applicant and the organisation's reviewers (the session's sign-in applies). */
    @GetMapping("/api/applications/{id}/evidence")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        BadgeApplicationService.Evidence e =
                applications.evidenceFile(id).orElseThrow(() -> new UserError("error.not-found"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(e.type()))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + e.fileName().replace("\"", "") + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .cacheControl(CacheControl.noStore())
                .body(e.bytes());
    }

    @ExceptionHandler({UserError.class, AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class})
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }
}
