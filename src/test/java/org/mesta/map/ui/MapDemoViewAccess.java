package org.mesta.map.ui;

import java.util.List;
import org.mesta.map.MapMarker;

/** Lets the benchmark generate the demo page's markers without widening the view's API. */
public final class MapDemoViewAccess {

    private MapDemoViewAccess() {}

    public static List<MapMarker> generate(int count) {
        return MapDemoView.generate(count);
    }
}
