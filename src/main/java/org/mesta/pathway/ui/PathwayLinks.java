package org.mesta.pathway.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mesta.base.TranslationProvider;
import org.mesta.base.ui.PageMeta;
import org.mesta.base.ui.PageMetaSource;
import org.mesta.pathway.PublicPathways;
import org.springframework.stereotype.Component;

/** Link previews of a published pathway's page: its title, story, picture (else its milestone badge). */
@Component
class PathwayLinks implements PageMetaSource {

    private static final Pattern PATHWAY = Pattern.compile("pathways/(\\d{1,18})");

    private final PublicPathways pathways;

    PathwayLinks(PublicPathways pathways) {
        this.pathways = pathways;
    }

    @Override
    public Optional<PageMeta> metaFor(String path, Locale language) {
        Matcher m = PATHWAY.matcher(path);
        if (!m.matches()) return Optional.empty();
        long id = Long.parseLong(m.group(1));
        return pathways.find(id, language == null ? null : TranslationProvider.tag(language))
                .map(p -> {
                    String shown = language != null && p.content().title().has(TranslationProvider.tag(language))
                            ? TranslationProvider.tag(language)
                            : p.city().getDefaultLanguage();
                    String image = p.hasImage()
                            ? PublicPathways.imageUrl(p.id())
                            : p.milestoneBadgeId() == null
                                    ? null
                                    : "/api/badges/" + p.milestoneBadgeId() + "/image.png";
                    // The description in the reader's language, else the city's first, else English.
                    String alt = p.hasImage() && !p.imageAlt().isEmpty() ? p.imageAlt() : p.milestoneName();
                    return new PageMeta(
                            p.title(), p.story(), "pathways/" + p.id(), image, alt, shown, p.hasImage(), true);
                });
    }
}
