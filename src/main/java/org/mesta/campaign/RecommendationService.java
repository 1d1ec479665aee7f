package org.mesta.campaign;

import java.util.List;
import java.util.Map;
import org.mesta.base.Languages;
import org.mesta.opportunity.Theme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library of recommendations campaigns can carry: the network's and each city's, proposed by anyone on a
 * board and curated by the city admins (the network admins for the network's). See Library for the rules.
 */
@Service
public class RecommendationService {

    private final Library library;

    RecommendationService(Library library) {
        this.library = library;
    }

    /** Curated recommendations of the network and the caller's city; with proposals too when asked. */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(Theme theme, boolean withProposals) {
        return library.list(theme, withProposals);
    }

    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Recommendation recommendation(long id) {
        return library.visible(id);
    }

    /** The languages a proposal is written in: the caller's city's, first language first (see Library). */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Languages languages() {
        return library.languages();
    }

    /**
     * Proposes a recommendation for the caller's city (network admins: for the network). City admins' own
     * proposals for their city, and network admins' for the network, are curated at once.
     */
    @PreAuthorize("hasAnyRole('AMBASSADOR','CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public Recommendation propose(Theme theme, String source, Map<String, Recommendation.Words> words) {
        return library.propose(theme, source, words);
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public Recommendation curate(long id, long version, boolean accepted) {
        return library.curate(id, version, accepted);
    }
}
