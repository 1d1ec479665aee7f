package org.mesta.badge;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endorsements at their public id URLs, like the other hosted badge documents: the 2.0 Endorsement (410 Gone once
 * withdrawn) and the signed 3.0 EndorsementCredential (served as issued; a withdrawn one reads as revoked in its
 * status list). Stored JSON only: nothing is built or signed per request.
 */
@RestController
class EndorsementEndpoints {

    private final EndorsementService endorsements;

    EndorsementEndpoints(EndorsementService endorsements) {
        this.endorsements = endorsements;
    }

    @GetMapping("/ob/v2/endorsements/{publicId}")
    ResponseEntity<String> endorsement(@PathVariable String publicId) {
        return endorsements
                .endorsementJson(publicId)
                .map(h -> ResponseEntity.status(h.gone() ? HttpStatus.GONE : HttpStatus.OK)
                        .contentType(OpenBadgesEndpoints.JSON_LD)
                        .cacheControl(CacheControl.noCache())
                        .body(h.json()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/ob/v3/endorsements/{publicId}")
    ResponseEntity<String> credential(@PathVariable String publicId) {
        return endorsements
                .endorsementCredential(publicId)
                .map(h -> ResponseEntity.ok()
                        .contentType(OpenBadgesEndpoints.JSON_LD)
                        .cacheControl(CacheControl.noCache())
                        .body(h.json()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
