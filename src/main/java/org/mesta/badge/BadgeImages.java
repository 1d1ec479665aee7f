package org.mesta.badge;

import java.time.Duration;
import java.util.HexFormat;
import org.mesta.base.UserError;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Badge images at stable public URLs: PNG (512, 256, 128) and SVG per language. Published badges are
 * public; drafts only for their organisation's providers (the session's sign-in applies here too).
 */
@RestController
class BadgeImages {

    private final BadgeService badges;

    BadgeImages(BadgeService badges) {
        this.badges = badges;
    }

    @GetMapping("/api/badges/{id}/image.png")
    ResponseEntity<byte[]> png(
            @PathVariable long id,
            @RequestParam(defaultValue = "en") String lang,
            @RequestParam(defaultValue = "256") int size) {
        byte[] png = badges.png(id, lang, size);
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .eTag("\"" + HexFormat.of().formatHex(Bytes.sha256(png)).substring(0, 16) + "\"")
                .body(png);
    }

    @GetMapping("/api/badges/{id}/image.svg")
    ResponseEntity<String> svg(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                // Our own drawing, but served with a policy that would stop anything active in it anyway.
                .header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'")
                .body(badges.svg(id, lang));
    }

    /** Unknown and not-yet-public badges look the same from outside: not found. */
    @ExceptionHandler({UserError.class, AccessDeniedException.class})
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }
}
