package org.mesta.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mesta.ViewTest;
import org.mesta.map.ViewportChangeEvent;

class MapDemoViewTest extends ViewTest {

    MapDemoView view;

    @BeforeEach
    void open() {
        english();
        navigate("dev/map", Component.class);
        view = (MapDemoView) getCurrentView();
    }

    @Test
    void loads_thousands_of_markers_and_lists_those_in_the_viewport() {
        test(find(Button.class).withId("load-1000").single()).click();
        assertThat(view.map.getMarkers()).hasSize(1000);
        ComponentUtil.fireEvent(view.map, new ViewportChangeEvent(view.map, true, 45, 13, 47, 16, 8, 46, 14.5));
        assertThat(view.viewportInfo.getText()).matches("\\d+ of 1,000 markers in view, zoom 8.0");
        assertThat(test(view.visible).size()).isBetween(100, 300);
    }

    @Test
    void place_search_selects_a_city_and_sets_the_picker() {
        test(view.picker.search()).setFilter("maribo");
        assertThat(test(view.picker.search()).getSuggestions()).contains("Maribor, SI");
        test(view.picker.search()).selectItem("Maribor, SI");
        assertThat(view.picker.getValue().latitude()).isBetween(46.5, 46.6);
        test(view.check).click();
        assertThat(view.picked.getText()).startsWith("Chosen: 46.5");
    }

    @Test
    void the_picker_reports_a_missing_value_next_to_it() {
        test(view.check).click();
        assertThat(view.picker.isInvalid()).isTrue();
        assertThat(view.picked.getText()).contains("Please choose the place");
    }
}
