package org.mesta.badge;

/** A complete, publishable badge draft for tests in other packages. */
public final class BadgeTestData {

    private BadgeTestData() {
    }

    public static BadgeDraft complete(BadgeDesign design) {
        return BadgeServiceTest.complete(design);
    }
}
