package org.mesta.map.ui;

import org.mesta.map.MapMarker;

import java.util.List;

/** Lets the benchmark generate the demo page's markers without widening the view's API. */
public final class MapDemoViewAccess {

    private MapDemoViewAccess() {
    }

    public static List<MapMarker> generate(int count) {
        return MapDemoView.generate(count);
    }
}
