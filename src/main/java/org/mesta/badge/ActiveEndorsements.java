package org.mesta.badge;

import static org.mesta.badge.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A badge's active endorsements as the badge's own documents carry them: their 2.0 IRIs in the BadgeClass, their
 * signed 3.0 credentials in the Achievement of credentials issued from now on (the newest few: a credential stays
 * small enough for every verifier).
 */
@Component
class ActiveEndorsements {

    /** At most this many endorsements travel inside one award credential. */
    static final int EMBEDDED = 10;

    private final EndorsementRepository endorsements;
    private final EndorsementDocuments documents;

    ActiveEndorsements(EndorsementRepository endorsements, @Value("${mesta.base-url}") String baseUrl) {
        this.endorsements = endorsements;
        this.documents = new EndorsementDocuments(baseUrl);
    }

    List<Endorsement> of(long badgeId) {
        return endorsements.findByBadgeIdAndWithdrawnAtIsNullOrderByIssuedAtDesc(badgeId);
    }

    List<String> iris(long badgeId) {
        return of(badgeId).stream()
                .map(e -> documents.endorsementId(e.getPublicId()))
                .toList();
    }

    JsonArray credentials(long badgeId) {
        JsonArrayBuilder out = JSON.createArrayBuilder();
        of(badgeId).stream().limit(EMBEDDED).forEach(e -> out.add(DataIntegrity.parse(e.getCredential())));
        return out.build();
    }
}
