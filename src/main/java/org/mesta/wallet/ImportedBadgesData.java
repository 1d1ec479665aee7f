package org.mesta.wallet;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mesta.base.PersonalData;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** "My data": the badges a person imported, as they brought them, with what Mesta found when checking them. */
@Component
class ImportedBadgesData implements PersonalData {

    private final ImportedBadgeRepository imported;

    ImportedBadgesData(ImportedBadgeRepository imported) {
        this.imported = imported;
    }

    @Override
    public String part() {
        return "imported-badges";
    }

    @Override
    @Transactional(readOnly = true)
    public void export(long accountId, String email, Sink sink) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (ImportedBadge b : imported.findByAccountIdOrderByImportedAtDesc(accountId)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.getId());
            m.put("format", b.getFormat().name());
            m.put("badgeName", b.getBadgeName());
            m.put("issuerName", b.getIssuerName());
            m.put("issuedOn", text(b.getIssuedOn()));
            m.put("sourceUrl", b.getSourceUrl());
            m.put("verdict", b.getVerdict().name());
            m.put("verdictDetail", b.getVerdictDetail());
            m.put("verifiedAt", text(b.getVerifiedAt()));
            m.put("importedAt", text(b.getImportedAt()));
            m.put("received", "imported-" + b.getId() + ".json");
            sink.file("imported-" + b.getId() + ".json", b.getReceived().getBytes(StandardCharsets.UTF_8));
            byte[] image = b.getImage();
            if (image != null) {
                String name = "imported-" + b.getId()
                        + (String.valueOf(b.getImageType()).contains("svg") ? ".svg" : ".png");
                sink.file(name, image);
                m.put("image", name);
            }
            all.add(m);
        }
        sink.json("imported-badges.json", all);
    }

    private static @Nullable String text(@Nullable Instant i) {
        return i == null ? null : i.toString();
    }
}
