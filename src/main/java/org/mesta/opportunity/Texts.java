package org.mesta.opportunity;

import java.io.Serializable;

/** Title, summary and description (Markdown) in one language. */
public record Texts(String title, String summary, String description) implements Serializable {

    public Texts {
        title = title == null ? "" : title.trim();
        summary = summary == null ? "" : summary.trim();
        description = description == null ? "" : description.trim();
    }

    public boolean isEmpty() {
        return title.isEmpty() && summary.isEmpty() && description.isEmpty();
    }
}
