package org.mesta.opportunity;

import java.util.Map;
import org.mesta.base.MultilingualText;

/** A complete, submittable draft for tests in other packages. */
public final class OpportunityServiceTestData {

    private OpportunityServiceTestData() {}

    public static byte[] png(int width, int height) throws Exception {
        return OpportunityServiceTest.png(width, height);
    }

    public static OpportunityDraft complete(String title) {
        return OpportunityServiceTest.complete(title);
    }

    /** A picture's description in one language. */
    public static MultilingualText alt(String language, String text) {
        return MultilingualText.of(Map.of(language, text));
    }
}
