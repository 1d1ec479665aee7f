package org.mesta.opportunity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.mesta.city.CityService;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public read model: an approved version is written as a JSON snapshot (and its picture copied) that the
 * public pages and endpoints read; archiving takes it down. Moderation, imports and archiving all go through here.
 */
@Component
class Publication {

    private final PublishedOpportunityRepository published;
    private final OpportunityImageRepository images;
    private final PublishedImageRepository publishedImages;
    private final CityService cities;
    private final PublicIndex index;
    private final JsonMapper json = JsonMapper.builder().build();

    Publication(
            PublishedOpportunityRepository published,
            OpportunityImageRepository images,
            PublishedImageRepository publishedImages,
            CityService cities,
            PublicIndex index) {
        this.published = published;
        this.images = images;
        this.publishedImages = publishedImages;
        this.cities = cities;
        this.index = index;
    }

    void publish(Opportunity o, Instant now) {
        int revision =
                published.findById(o.getId()).map(p -> p.getRevision() + 1).orElse(1);
        PublicOpportunity p = toPublic(o, now, revision);
        String content = json.writeValueAsString(p);
        published
                .findById(o.getId())
                .ifPresentOrElse(
                        row -> row.update(p, content), () -> published.save(new PublishedOpportunity(p, content)));
        images.findById(o.getId())
                .ifPresentOrElse(
                        image -> {
                            PublishedImage copy =
                                    publishedImages.findById(o.getId()).orElseGet(() -> new PublishedImage(o.getId()));
                            copy.copy(image);
                            publishedImages.save(copy);
                        },
                        () -> publishedImages.findById(o.getId()).ifPresent(publishedImages::delete));
        index.changed(o.getCityId());
    }

    void unpublish(Opportunity o) {
        publishedImages.findById(o.getId()).ifPresent(publishedImages::delete);
        published.findById(o.getId()).ifPresent(row -> {
            published.delete(row);
            index.changed(o.getCityId());
        });
    }

    PublicOpportunity read(PublishedOpportunity row) {
        return json.readValue(row.getContent(), PublicOpportunity.class);
    }

    PublicOpportunity toPublic(Opportunity o, Instant now, int revision) {
        OpportunityDraft d = o.toDraft(ZoneId.of("UTC"));
        String organiser = o.getOrganisationId() == null
                ? o.getOrganiser()
                : cities.findOrganisation(o.getOrganisationId()).orElseThrow().getName();
        return new PublicOpportunity(
                o.getId(),
                o.getCityId(),
                o.getOrganisationId(),
                organiser,
                revision,
                now,
                d.texts(),
                d.type(),
                d.themes(),
                d.format(),
                toInstant(d.startsAt()),
                toInstant(d.endsAt()),
                d.ongoing(),
                d.format() != null && d.format().hasPlace() ? d.location() : null,
                d.venue(),
                d.address(),
                d.onlineUrl(),
                d.ageMin(),
                d.ageMax(),
                d.capacity(),
                d.free(),
                d.price(),
                d.languages(),
                d.access(),
                d.accessibilityNotes(),
                d.joinUrl(),
                d.joinEmail(),
                d.joinPhone(),
                null,
                d.sessions().stream()
                        .map(x -> new PublicOpportunity.Meeting(toInstant(x.startsAt()), toInstant(x.endsAt())))
                        .toList(),
                o.getBadgeIds().stream().sorted().toList(),
                d.joinInMesta(),
                d.awardOnCheckIn(),
                images.findById(o.getId()).map(i -> i.getAltTexts().texts()).orElse(null));
    }

    private static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
