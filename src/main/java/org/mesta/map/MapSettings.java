package org.mesta.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Optional online services for maps; both empty by default, so no request leaves the server or the browser.
 *
 * @param tileUrl          XYZ raster tile template, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png
 * @param tileAttribution  attribution text the tile provider requires (shown on the map)
 * @param geocoderUrl      base URL of a Nominatim-compatible geocoder, used instead of the built-in gazetteer
 */
@ConfigurationProperties("mesta.map")
public record MapSettings(String tileUrl, String tileAttribution, String geocoderUrl) {

    public MapSettings {
        tileUrl = tileUrl == null ? "" : tileUrl.trim();
        tileAttribution = tileAttribution == null ? "" : tileAttribution.trim();
        geocoderUrl = geocoderUrl == null ? "" : geocoderUrl.trim();
    }
}
