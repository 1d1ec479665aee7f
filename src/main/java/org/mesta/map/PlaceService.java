package org.mesta.map;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Place search for maps: the built-in gazetteer by default (no request leaves the server), or a
 * Nominatim-compatible geocoder when mesta.map.geocoder-url is configured.
 */
@Service
public class PlaceService {

    private static final Logger log = LoggerFactory.getLogger(PlaceService.class);
    private final Gazetteer gazetteer;
    private final MapSettings settings;
    private final RestClient http;

    PlaceService(Gazetteer gazetteer, MapSettings settings) {
        this.gazetteer = gazetteer;
        this.settings = settings;
        var requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(3));
        requests.setReadTimeout(Duration.ofSeconds(5));
        this.http = RestClient.builder()
                .requestFactory(requests)
                .defaultHeader("User-Agent", "Mesta place search")
                .build();
    }

    /** Places whose name starts with the text, nearer the bias point (e.g. the current city) first. */
    @PreAuthorize("permitAll()")
    public List<Place> search(String text, GeoPoint bias, int limit) {
        if (text == null || text.trim().length() < 2) {
            return List.of();
        }
        if (settings.geocoderUrl().isEmpty()) {
            return gazetteer.search(text, bias, limit);
        }
        try {
            return geocode(text.trim(), limit);
        } catch (RestClientException | IllegalArgumentException e) {
            // An unreachable geocoder must not leave people without search: fall back to the gazetteer.
            log.warn("Geocoder {} failed ({}); using the built-in gazetteer", settings.geocoderUrl(), e.getMessage());
            return gazetteer.search(text, bias, limit);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Place> geocode(String text, int limit) {
        URI uri = UriComponentsBuilder.fromUriString(settings.geocoderUrl())
                .path("/search")
                .queryParam("q", text)
                .queryParam("format", "jsonv2")
                .queryParam("limit", limit)
                .queryParam("addressdetails", 1)
                .encode()
                .build()
                .toUri();
        List<Map<String, Object>> found = http.get().uri(uri).retrieve().body(List.class);
        if (found == null) {
            return List.of();
        }
        return found.stream()
                .map(r -> {
                    Map<String, Object> address = (Map<String, Object>) r.getOrDefault("address", Map.of());
                    String name = String.valueOf(r.getOrDefault(
                            "name", String.valueOf(r.get("display_name")).split(",")[0]));
                    String country = String.valueOf(address.getOrDefault("country_code", ""))
                            .toUpperCase(Locale.ROOT);
                    String region = String.valueOf(address.getOrDefault("state", ""));
                    return new Place(
                            name,
                            region,
                            country,
                            new GeoPoint(
                                    Double.parseDouble(String.valueOf(r.get("lat"))),
                                    Double.parseDouble(String.valueOf(r.get("lon")))),
                            0);
                })
                .toList();
    }
}
