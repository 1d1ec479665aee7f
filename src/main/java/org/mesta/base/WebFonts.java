package org.mesta.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The theme's typeface (Atkinson Hyperlegible, SIL OFL, see styles/theme.css) served from the fonts the badge
 * designer already bundles (bin/fetch-badge-assets), so pages never reach a font CDN. Only these two files.
 */
@RestController
class WebFonts {

    private static final Map<String, String> FILES = Map.of(
            "atkinson-hyperlegible-400.ttf", "/badge-assets/fonts/AtkinsonHyperlegible_400Regular.ttf",
            "atkinson-hyperlegible-700.ttf", "/badge-assets/fonts/AtkinsonHyperlegible_700Bold.ttf");
    private static final MediaType TTF = MediaType.parseMediaType("font/ttf");
    private final Map<String, byte[]> loaded = new ConcurrentHashMap<>();

    @GetMapping("/api/fonts/{name}")
    ResponseEntity<byte[]> font(@PathVariable String name) {
        String resource = FILES.get(name);
        if (resource == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        byte[] bytes = loaded.computeIfAbsent(name, n -> read(resource));
        return ResponseEntity.ok()
                .contentType(TTF)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .body(bytes);
    }

    private static byte[] read(String resource) {
        try (InputStream in = WebFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
