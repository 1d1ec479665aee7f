package org.mesta.city;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CityRepository extends JpaRepository<City, Long> {

    Optional<City> findBySlug(String slug);

    boolean existsBySlugAndIdNot(String slug, Long id);

    boolean existsBySlug(String slug);

    @Query("select distinct c from City c left join c.names n where lower(c.slug) like :q or lower(n) like :q"
            + " or lower(c.country) like :q")
    Slice<City> search(String q, Pageable pageable);
}
