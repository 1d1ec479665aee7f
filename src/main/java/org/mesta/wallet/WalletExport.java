package org.mesta.wallet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.mesta.badge.Award;
import org.mesta.badge.BadgeService;
import org.mesta.badge.Baking;
import org.mesta.badge.OpenBadgesService;
import org.mesta.wallet.WalletEntry.State;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Export everything": one ZIP with every badge the person keeps or has waiting (declined ones are left out), one
 * folder per badge, and a manifest.json saying for each what it is and which files hold it. Mesta's own awards
 * come as the baked PNG (2.0 and 3.0 inside), the baked SVG, the 2.0 assertion and the signed 3.0 credential;
 * imported ones as they were received. Written straight into the response, badge by badge.
 */
@Service
public class WalletExport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WalletService wallet;
    private final OpenBadgesService openBadges;
    private final BadgeService badges;
    private final Clock clock;

    WalletExport(WalletService wallet, OpenBadgesService openBadges, BadgeService badges, Clock clock) {
        this.wallet = wallet;
        this.openBadges = openBadges;
        this.badges = badges;
        this.clock = clock;
    }

    /** The file name a download of it is offered under. */
    public static String fileName() {
        return "mesta-badges.zip";
    }

    /**
     * Writes the signed-in person's wallet as a ZIP into {@code out} (which the caller closes). Deliberately not
     * one transaction: each badge's files are made in short transactions of their own, so a wallet of a thousand
     * badges does not keep thousands of entities in one persistence context (every query would flush-check them
     * all; measured: 24 s instead of a few for 1,000 badges) nor a database connection for the whole download.
     */
    @PreAuthorize("isAuthenticated()")
    public void write(OutputStream out) {
        Instant now = clock.instant();
        List<Map<String, Object>> manifest = new ArrayList<>();
        // A wallet holds many awards of the same few badges: each badge's image is read once, then baked per award.
        Map<String, byte[]> pngs = new HashMap<>();
        Map<String, String> svgs = new HashMap<>();
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            int n = 0;
            for (WalletService.Item item : wallet.mine()) {
                if (item.state() == State.DECLINED) continue;
                String folder = String.format(Locale.ROOT, "%03d-%s/", ++n, slug(item.name()));
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("folder", folder);
                entry.put("name", item.name());
                entry.put("issuer", item.issuer());
                entry.put("issuedOn", item.issuedAt().toString());
                entry.put("state", item.state().name().toLowerCase(Locale.ROOT));
                entry.put("visibility", item.visibility().name().toLowerCase(Locale.ROOT));
                List<String> files = new ArrayList<>();
                if (item.award() != null) {
                    Award a = item.award();
                    entry.put("source", "mesta");
                    entry.put(
                            "expiresOn",
                            a.getExpiresAt() == null ? null : a.getExpiresAt().toString());
                    entry.put("verdict", a.stateKey(now).substring("award.state.".length()));
                    entry.put("verification", openBadges.credentialUrl(a.getPublicId()));
                    String assertion = openBadges.assertionJson(a);
                    file(zip, folder, "badge.png", bakedPng(a, assertion, pngs), files);
                    String svg = a.getCredential() != null
                            ? Baking.bakeSvg(
                                    svgs.computeIfAbsent(
                                            a.getBadgeId() + "/" + a.getLanguage(),
                                            k -> badges.svg(a.getBadgeId(), a.getLanguage())),
                                    Baking.OB3,
                                    a.getCredential(),
                                    null)
                            : openBadges.bakedSvg(a);
                    file(zip, folder, "badge.svg", svg.getBytes(StandardCharsets.UTF_8), files);
                    file(zip, folder, "assertion-ob2.json", utf8(assertion), files);
                    if (a.getCredential() != null)
                        file(zip, folder, "credential-ob3.json", utf8(a.getCredential()), files);
                } else if (item.imported() != null) {
                    ImportedBadge b = item.imported();
                    entry.put("source", "imported");
                    entry.put("format", b.getFormat().name().toLowerCase(Locale.ROOT));
                    entry.put(
                            "verdict",
                            b.getVerdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                    entry.put("verdictDetail", b.getVerdictDetail());
                    entry.put("verifiedAt", b.getVerifiedAt().toString());
                    if (b.getSourceUrl() != null) entry.put("url", b.getSourceUrl());
                    file(zip, folder, "received.json", utf8(b.getReceived()), files);
                    byte[] image = b.getImage();
                    if (image != null) {
                        file(
                                zip,
                                folder,
                                "svg".equals(extension(b.getImageType())) ? "badge.svg" : "badge.png",
                                image,
                                files);
                    }
                }
                entry.put("files", files);
                manifest.add(entry);
            }
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("exportedAt", now.toString());
            root.put("badges", manifest);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link OpenBadgesService#bakedPng}: the 2.0 assertion and the signed 3.0 credential baked in. */
    private byte[] bakedPng(Award a, String assertion, Map<String, byte[]> pngs) {
        byte[] png = pngs.computeIfAbsent(
                a.getBadgeId() + "/" + a.getLanguage(), k -> badges.png(a.getBadgeId(), a.getLanguage(), 512));
        png = Baking.bakePng(png, Baking.OB2, assertion);
        return a.getCredential() == null ? png : Baking.bakePng(png, Baking.OB3, a.getCredential());
    }

    private static void file(ZipOutputStream zip, String folder, String name, byte[] bytes, List<String> files)
            throws IOException {
        ZipEntry entry = new ZipEntry(folder + name);
        if (name.endsWith(".png")) {
            // A PNG is compressed already: deflating it again costs most of the export's time and saves nothing.
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        files.add(folder + name);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String extension(@Nullable String imageType) {
        return imageType != null && imageType.contains("svg") ? "svg" : "png";
    }

    /** A folder name anyone's unzip accepts: ASCII letters and digits, short. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() > 40) s = s.substring(0, 40).replaceAll("-$", "");
        return s.isEmpty() ? "badge" : s;
    }
}
