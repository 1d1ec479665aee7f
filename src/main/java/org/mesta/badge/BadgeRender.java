package org.mesta.badge;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import java.io.Serializable;

/** A cached PNG of a badge in one language and size; stale when the fingerprint of design and words differs. */
@Entity
@IdClass(BadgeRender.Key.class)
class BadgeRender {

    @Id
    private Long badgeId;

    @Id
    private String language;

    @Id
    private int size;

    private String fingerprint;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] png;

    protected BadgeRender() {}

    BadgeRender(long badgeId, String language, int size) {
        this.badgeId = badgeId;
        this.language = language;
        this.size = size;
    }

    void store(String fingerprint, byte[] png) {
        this.fingerprint = fingerprint;
        this.png = png;
    }

    String getFingerprint() {
        return fingerprint;
    }

    byte[] getPng() {
        return png;
    }

    record Key(Long badgeId, String language, int size) implements Serializable {}
}
