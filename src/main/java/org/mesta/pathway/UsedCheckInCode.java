package org.mesta.pathway;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A check-in code one person has used: the same code twice is a replay (only its hash is kept). */
@Entity
@Table(name = "joining_used_code")
class UsedCheckInCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long accountId;
    private String codeHash;
    private Instant usedAt;

    protected UsedCheckInCode() {}

    UsedCheckInCode(long accountId, String codeHash, Instant usedAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.usedAt = usedAt;
    }
}
