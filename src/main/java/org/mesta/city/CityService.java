package org.mesta.city;

import jakarta.validation.Valid;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mesta.base.MestaUser;
import org.mesta.base.Problem;
import org.mesta.base.Role;
import org.mesta.base.UserError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The network: cities (network admins) and their organisations (city admins of that city). */
@Service
@Validated
public class CityService {

    private final CityRepository cities;
    private final OrganisationRepository organisations;

    CityService(CityRepository cities, OrganisationRepository organisations) {
        this.cities = cities;
        this.organisations = organisations;
    }

    /** Public: the city list feeds registration and, later, the public maps. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<City> allCities(Locale locale) {
        return cities.findAll().stream()
                .sorted(Comparator.comparing(c -> c.name(locale).toLowerCase(locale)))
                .toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<City> findCity(Long id) {
        return id == null ? Optional.empty() : cities.findById(id);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<City> findCityBySlug(String slug) {
        return cities.findBySlug(slug);
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<City> searchCities(String filter, Pageable pageable) {
        return cities.search(like(filter), pageable).getContent();
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public City saveCity(@Valid CityDraft draft) {
        String slug = draft.slug().trim().toLowerCase(Locale.ROOT);
        if (draft.id() == null) {
            if (cities.existsBySlug(slug)) {
                throw UserError.of(List.of(new Problem("slug", "city.error.slug-taken", slug)));
            }
            return cities.save(new City(draft));
        }
        if (cities.existsBySlugAndIdNot(slug, draft.id())) {
            throw UserError.of(List.of(new Problem("slug", "city.error.slug-taken", slug)));
        }
        City city = cities.findById(draft.id()).orElseThrow(() -> new UserError("error.not-found"));
        checkVersion(city.getVersion(), draft.version(), City.class, draft.id());
        city.update(draft);
        return cities.saveAndFlush(city);
    }

    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    @Transactional
    public void deleteCity(long id) {
        if (organisations.countByCityId(id) > 0) {
            throw new UserError("city.error.has-organisations");
        }
        cities.findById(id).ifPresent(c -> {
            cities.delete(c);
            try {
                cities.flush();
            } catch (DataIntegrityViolationException e) {
                throw new UserError("city.error.in-use");
            }
        });
    }

    /** City admins see their own city's organisations; network admins any city's (or all, cityId null). */
    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public List<Organisation> searchOrganisations(Long cityId, String filter, Pageable pageable) {
        MestaUser user = MestaUser.require();
        Long scope = user.has(Role.NETWORK_ADMIN) ? cityId : user.cityId();
        return organisations.search(scope, like(filter), pageable).getContent();
    }

    /** How many organisations each city has: every city for network admins, their own for city admins. */
    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, Long> organisationCounts() {
        MestaUser user = MestaUser.require();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : organisations.countPerCity()) {
            if (user.has(Role.NETWORK_ADMIN) || row[0].equals(user.cityId())) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> organisationsOfCity(long cityId) {
        return organisations.findByCityIdOrderByName(cityId);
    }

    /** The organisations a provider acts for, by the ids carried in their sign-in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Organisation> organisations(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : organisations.findByIdInOrderByName(ids);
    }

    /** Organisations are public facts: their names appear on published opportunities. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Organisation> findOrganisation(long id) {
        return organisations.findById(id);
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public Organisation saveOrganisation(@Valid OrganisationDraft draft) {
        requireAdministers(draft.cityId());
        City city = cities.findById(draft.cityId()).orElseThrow(() -> new UserError("error.not-found"));
        String name = draft.name().trim();
        if (draft.id() == null) {
            if (organisations.existsByCityIdAndNameIgnoreCase(city.getId(), name)) {
                throw UserError.of(List.of(new Problem("name", "organisation.error.name-taken", name)));
            }
            return organisations.save(new Organisation(city, draft));
        }
        Organisation org = organisations.findById(draft.id()).orElseThrow(() -> new UserError("error.not-found"));
        requireAdministers(org.getCity().getId());
        if (!org.getCity().getId().equals(city.getId())) {
            throw new AccessDeniedException("organisations do not move between cities");
        }
        if (organisations.existsByCityIdAndNameIgnoreCaseAndIdNot(city.getId(), name, org.getId())) {
            throw UserError.of(List.of(new Problem("name", "organisation.error.name-taken", name)));
        }
        checkVersion(org.getVersion(), draft.version(), Organisation.class, draft.id());
        org.update(draft);
        return organisations.saveAndFlush(org);
    }

    @PreAuthorize("hasAnyRole('CITY_ADMIN','NETWORK_ADMIN')")
    @Transactional
    public void deleteOrganisation(long id) {
        organisations.findById(id).ifPresent(org -> {
            requireAdministers(org.getCity().getId());
            organisations.delete(org);
        });
    }

    private static void requireAdministers(Long cityId) {
        if (!MestaUser.require().administers(cityId)) {
            throw new AccessDeniedException("not an administrator of city " + cityId);
        }
    }

    private static void checkVersion(long current, long expected, Class<?> type, Object id) {
        if (current != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    static String like(String filter) {
        return "%" + (filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT)) + "%";
    }
}
