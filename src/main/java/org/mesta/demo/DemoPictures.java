package org.mesta.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.mesta.base.MultilingualText;
import org.mesta.opportunity.Theme;

/**
 * Pictures for the demo programme, drawn rather than bundled: one per activity, in its main theme's colour with
 * the theme's motif (books, ripples, a circle of people, speech bubbles, leaves). Drawn once per JVM and kept,
 * so the same bytes serve every city (and the service checks them once).
 */
final class DemoPictures {

    static final int WIDTH = 640, HEIGHT = 360;
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private DemoPictures() {}

    static byte[] of(String activity, Theme theme) {
        return CACHE.computeIfAbsent(activity, key -> draw(key, theme));
    }

    /** What the picture shows, for screen readers: in the city's language and in English. */
    static MultilingualText describe(Theme theme, String language) {
        return describe(theme, List.of(language, "en"));
    }

    /** What the picture shows in each of these languages (those the demo speaks; see {@link #describeIn}). */
    static MultilingualText describe(Theme theme, Collection<String> languages) {
        Map<String, String> alts = new LinkedHashMap<>();
        languages.forEach(language -> alts.put(language, describeIn(theme, language)));
        return MultilingualText.of(alts);
    }

    private static String describeIn(Theme theme, String language) {
        String[] words = switch (theme) {
            case MENTAL_HEALTH ->
                new String[] {
                    "Teal illustration of calm ripples on water",
                    "Turkizna ilustracija mirnih krogov na vodi",
                    "Žalsvama iliustracija: ramūs raibuliai vandenyje",
                    "Tirkizna ilustracija mirnih talasa na vodi",
                    "Tirkizna ilustracija mirnih krugova na vodi",
                    "Тиркизна илустрација на мирни бранови на вода",
                    "Illustrazione verde acqua di cerchi calmi sull'acqua"
                };
            case INCLUSION ->
                new String[] {
                    "Orange illustration of people standing in a circle",
                    "Oranžna ilustracija ljudi, ki stojijo v krogu",
                    "Oranžinė iliustracija: žmonės stovi ratu",
                    "Narandžasta ilustracija ljudi koji stoje u krugu",
                    "Narančasta ilustracija ljudi koji stoje u krugu",
                    "Портокалова илустрација на луѓе што стојат во круг",
                    "Illustrazione arancione di persone in piedi in cerchio"
                };
            case PARTICIPATION ->
                new String[] {
                    "Purple illustration of speech bubbles",
                    "Vijolična ilustracija oblačkov z besedilom",
                    "Violetinė iliustracija: kalbos debesėliai",
                    "Ljubičasta ilustracija oblačića s govorom",
                    "Ljubičasta ilustracija oblačića s govorom",
                    "Виолетова илустрација на балончиња за говор",
                    "Illustrazione viola di fumetti"
                };
            case SUSTAINABILITY ->
                new String[] {
                    "Green illustration of leaves",
                    "Zelena ilustracija listov",
                    "Žalia lapų iliustracija",
                    "Zelena ilustracija lišća",
                    "Zelena ilustracija lišća",
                    "Зелена илустрација на лисја",
                    "Illustrazione verde di foglie"
                };
            default ->
                new String[] {
                    "Blue illustration of open books",
                    "Modra ilustracija odprtih knjig",
                    "Mėlyna iliustracija: atverstos knygos",
                    "Plava ilustracija otvorenih knjiga",
                    "Plava ilustracija otvorenih knjiga",
                    "Сина илустрација на отворени книги",
                    "Illustrazione blu di libri aperti"
                };
        };
        return switch (language) {
            case "sl" -> words[1];
            case "lt" -> words[2];
            case "sr" -> words[3];
            case "hr" -> words[4];
            case "mk" -> words[5];
            case "it" -> words[6];
            default -> words[0];
        };
    }

    private static Color colour(Theme theme) {
        return switch (theme) {
            case MENTAL_HEALTH -> new Color(0x00796B);
            case INCLUSION -> new Color(0xEF6C00);
            case PARTICIPATION -> new Color(0x6A1B9A);
            case SUSTAINABILITY -> new Color(0x2E7D32);
            default -> new Color(0x1565C0);
        };
    }

    private static byte[] draw(String key, Theme theme) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color base = colour(theme);
        g.setPaint(new GradientPaint(0, 0, base, WIDTH, HEIGHT, base.darker().darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        Random random = new Random(key.hashCode());
        Color light = new Color(255, 255, 255, 70), strong = new Color(255, 255, 255, 200);
        switch (theme) {
            case MENTAL_HEALTH -> ripples(g, random, light, strong);
            case INCLUSION -> circleOfPeople(g, random, strong);
            case PARTICIPATION -> bubbles(g, random, light, strong);
            case SUSTAINABILITY -> leaves(g, random, light, strong);
            default -> books(g, random, light, strong);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void ripples(Graphics2D g, Random random, Color light, Color strong) {
        int cx = 160 + random.nextInt(320), cy = 120 + random.nextInt(120);
        g.setStroke(new BasicStroke(6));
        for (int r = 24; r < 420; r += 36) {
            g.setColor(r < 200 ? strong : light);
            g.draw(new Ellipse2D.Double(cx - r, cy - r * 0.45, 2 * r, r * 0.9));
        }
    }

    private static void circleOfPeople(Graphics2D g, Random random, Color strong) {
        int cx = WIDTH / 2 + random.nextInt(100) - 50, cy = HEIGHT / 2;
        int people = 6 + random.nextInt(3);
        for (int i = 0; i < people; i++) {
            double angle = 2 * Math.PI * i / people;
            double x = cx + Math.cos(angle) * 150, y = cy + Math.sin(angle) * 105;
            g.setColor(i % 3 == 0 ? new Color(255, 224, 178) : strong);
            g.fill(new Ellipse2D.Double(x - 18, y - 58, 36, 36));
            g.fill(new RoundRectangle2D.Double(x - 26, y - 18, 52, 70, 26, 26));
        }
    }

    private static void bubbles(Graphics2D g, Random random, Color light, Color strong) {
        for (int i = 0; i < 6; i++) {
            int w = 130 + random.nextInt(110), h = 64 + random.nextInt(40);
            int x = random.nextInt(WIDTH - w), y = random.nextInt(HEIGHT - h - 30);
            g.setColor(i % 2 == 0 ? strong : light);
            g.fill(new RoundRectangle2D.Double(x, y, w, h, 40, 40));
            g.fillPolygon(new int[] {x + 30, x + 60, x + 24}, new int[] {y + h - 2, y + h - 2, y + h + 28}, 3);
        }
    }

    private static void leaves(Graphics2D g, Random random, Color light, Color strong) {
        AffineTransform original = g.getTransform();
        for (int i = 0; i < 14; i++) {
            g.setTransform(original);
            g.translate(random.nextInt(WIDTH), random.nextInt(HEIGHT));
            g.rotate(random.nextDouble() * Math.PI);
            g.setColor(i % 3 == 0 ? strong : light);
            int size = 60 + random.nextInt(80);
            g.fill(new Ellipse2D.Double(-size / 2.0, -size / 5.0, size, size / 2.5));
        }
        g.setTransform(original);
    }

    private static void books(Graphics2D g, Random random, Color light, Color strong) {
        int books = 3 + random.nextInt(3);
        for (int i = 0; i < books; i++) {
            int x = 60 + i * (520 / books), y = 90 + random.nextInt(100);
            g.setColor(strong);
            g.fillPolygon(new int[] {x, x + 70, x + 70, x}, new int[] {y, y + 18, y + 128, y + 110}, 4);
            g.setColor(light);
            g.fillPolygon(new int[] {x + 70, x + 140, x + 140, x + 70}, new int[] {y + 18, y, y + 110, y + 128}, 4);
        }
    }
}
