package org.mesta.pathway;

import java.time.Duration;
import java.util.Arrays;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A published pathway's picture: stateless, cacheable, for its page, the city page and link previews. */
@RestController
class PathwayImages {

    private final PublicPathways pathways;

    PathwayImages(PublicPathways pathways) {
        this.pathways = pathways;
    }

    @GetMapping("/api/pathways/{id}/image.jpg")
    ResponseEntity<byte[]> image(@PathVariable long id) {
        byte[] jpeg = pathways.image(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .eTag("\"" + Integer.toHexString(Arrays.hashCode(jpeg)) + "\"")
                .body(jpeg);
    }
}
