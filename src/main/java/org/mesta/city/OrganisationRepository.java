package org.mesta.city;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("select o from Organisation o where (:cityId is null or o.city.id = :cityId)"
            + " and (lower(o.name) like :q or lower(o.contactEmail) like :q)")
    Slice<Organisation> search(@Nullable Long cityId, String q, Pageable pageable);

    List<Organisation> findByIdInOrderByName(Collection<Long> ids);

    List<Organisation> findByCityIdOrderByName(Long cityId);

    boolean existsByCityIdAndNameIgnoreCaseAndIdNot(Long cityId, String name, Long id);

    boolean existsByCityIdAndNameIgnoreCase(Long cityId, String name);

    long countByCityId(Long cityId);

    @Query("select o.city.id, count(o) from Organisation o group by o.city.id")
    List<Object[]> countPerCity();
}
