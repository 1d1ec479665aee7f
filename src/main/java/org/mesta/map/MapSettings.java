package org.mesta.map;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the maps' background and place search come from.
 *
 * @param tileUrl          XYZ raster tile template; blank means OpenStreetMap's standard tiles, {@value #OFFLINE}
 *                         means the bundled Natural Earth basemap only (after construction: "" = offline)
 * @param tileAttribution  attribution the tile provider requires (HTML, shown on the map); OpenStreetMap's when
 *                         blank and the tiles are OpenStreetMap's
 * @param geocoderUrl      base URL of a Nominatim-compatible geocoder, used instead of the built-in gazetteer
 */
@ConfigurationProperties("mesta.map")
public record MapSettings(String tileUrl, String tileAttribution, String geocoderUrl) {

    public static final String OPENSTREETMAP_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
    public static final String OPENSTREETMAP_ATTRIBUTION =
            "© <a href=\"https://www.openstreetmap.org/copyright\" target=\"_blank\" rel=\"noopener\">OpenStreetMap</a> contributors";
    /** The tile URL that chooses the offline basemap (no request to any tile server). */
    public static final String OFFLINE = "none";

    public MapSettings {
        tileUrl = tileUrl == null ? "" : tileUrl.trim();
        tileAttribution = tileAttribution == null ? "" : tileAttribution.trim();
        geocoderUrl = geocoderUrl == null ? "" : geocoderUrl.trim();
        // Streets at city zoom are what people recognise, so the default is OpenStreetMap (the browser falls
        // back to the bundled basemap by itself when the tiles cannot be reached).
        if (tileUrl.isEmpty()) {
            tileUrl = OPENSTREETMAP_TILES;
        } else if (tileUrl.toLowerCase(Locale.ROOT).equals(OFFLINE)) {
            tileUrl = "";
        }
        if (tileAttribution.isEmpty() && tileUrl.equals(OPENSTREETMAP_TILES)) {
            tileAttribution = OPENSTREETMAP_ATTRIBUTION;
        }
    }

    /** Only the bundled basemap: no tile requests at all. */
    public boolean offline() {
        return tileUrl.isEmpty();
    }
}
