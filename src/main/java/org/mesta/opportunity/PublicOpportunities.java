package org.mesta.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may read of the approved opportunities: the city maps and lists, a public page, the front page,
 * the sitemap and the public pictures.
 */
@Service
public class PublicOpportunities {

    /** The most the front page asks for: the answer is read from the JSON snapshots, one row each. */
    public static final int MAX_UPCOMING = 12;

    /** Changes whenever the public answers for a city (or, for null, the network) may change. */
    public record PublicVersion(String tag, Instant lastModified) {}

    /** A public opportunity page's address part and when its current version was published. */
    public record PublishedLink(long id, Instant publishedAt) {}

    private record Upcoming(String tag, int limit, long readAt, List<PublicOpportunity> found) {}

    private final PublishedOpportunityRepository published;
    private final PublishedImageRepository publishedImages;
    private final Publication publication;
    private final PublicIndex index;
    private final Clock clock;
    private volatile Upcoming upcoming = new Upcoming("", 0, 0, List.of());

    PublicOpportunities(
            PublishedOpportunityRepository published,
            PublishedImageRepository publishedImages,
            Publication publication,
            PublicIndex index,
            Clock clock) {
        this.published = published;
        this.publishedImages = publishedImages;
        this.publication = publication;
        this.index = index;
        this.clock = clock;
    }

    /*
     * The public map's questions are answered from the in-memory PublicIndex: no transaction, no connection
     * (the index reads the database itself when a city's set has changed).
     */

    /** The public search for maps, lists and GeoJSON: matches in the box, soonest first, at most the limit. */
    @PreAuthorize("permitAll()")
    public List<Card> cards(PublicQuery q) {
        return index.cards(q, clock.instant());
    }

    /**
     * The public search for crowded viewports: when more than the limit match, nearby matches are grouped in
     * square cells of the given size in degrees, aligned to its multiples (count and centre per cell), so the
     * answer stays small; otherwise empty, and the caller asks for cards.
     */
    @PreAuthorize("permitAll()")
    public List<Cluster> clustersIfMoreThan(PublicQuery q, double cell) {
        return index.clustersIfMoreThan(q, clock.instant(), cell);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicOpportunity> findPublic(long id) {
        return published.findById(id).map(publication::read);
    }

    @PreAuthorize("permitAll()")
    public PublicVersion publicVersion(Long cityId) {
        PublicIndex.Version v = index.version(cityId, clock.instant());
        return new PublicVersion(v.tag(), v.lastModified());
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicOpportunity> currentForCity(long cityId) {
        return published.current(cityId, clock.instant(), PageRequest.of(0, PublicQuery.MAX_LIMIT)).stream()
                .map(publication::read)
                .toList();
    }

    /** The picture of a published opportunity, for everyone. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<byte[]> publicImage(long id) {
        return publishedImages.findById(id).map(PublishedImage::getData);
    }

    /** How many opportunities have a public page (the sitemap's size). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public long publishedCount() {
        return published.count();
    }

    /** One page of every published opportunity's id and publication time, in id order (the sitemap). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublishedLink> publishedLinks(int page, int size) {
        return published.links(PageRequest.of(page, size)).stream()
                .map(r -> new PublishedLink((Long) r[0], (Instant) r[1]))
                .toList();
    }

    /**
     * What is on now and next across the network, soonest first (running ones before those still to come), for
     * the front page. Network-wide sorting is the costly part, so the answer is kept until the published set
     * changes or a minute has passed (things end as time goes by).
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicOpportunity> upcomingInNetwork(int limit) {
        int wanted = Math.max(1, Math.min(limit, MAX_UPCOMING));
        Instant now = clock.instant();
        String tag = index.version(null, now).tag();
        Upcoming kept = upcoming;
        if (kept.tag().equals(tag) && kept.limit() == wanted && now.toEpochMilli() - kept.readAt() < 60_000) {
            return kept.found();
        }
        PublicQuery q = new PublicQuery(null, null, null, null, null, null, false, null, null, null, wanted);
        List<Long> ids = index.cards(q, now).stream().map(Card::id).toList();
        var rows = new HashMap<Long, PublicOpportunity>();
        published.findAllById(ids).forEach(row -> rows.put(row.getOpportunityId(), publication.read(row)));
        List<PublicOpportunity> found =
                ids.stream().map(rows::get).filter(Objects::nonNull).toList();
        upcoming = new Upcoming(tag, wanted, now.toEpochMilli(), found);
        return found;
    }
}
