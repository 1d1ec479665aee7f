package org.mesta.opportunity;

/** A complete, submittable draft for tests in other packages. */
public final class OpportunityServiceTestData {

    private OpportunityServiceTestData() {}

    public static byte[] png(int width, int height) throws Exception {
        return OpportunityServiceTest.png(width, height);
    }

    public static OpportunityDraft complete(String title) {
        return OpportunityServiceTest.complete(title);
    }
}
