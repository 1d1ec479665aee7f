package org.mesta.badge;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV list of recipients: a header row naming an "email" column (and optionally "language"), one person
 * per row. Every row is checked; the problems come back with their line numbers, and a list with any
 * problem is not used at all.
 */
public final class RecipientList {

    public static final int MAX_ROWS = 20_000;
    /** What counts as an e-mail address here (and for single awards). */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** One valid row. */
    public record Recipient(String email, String language) {}

    /** A problem on a line: its number (as an editor shows it), a translation key and the value. */
    public record Problem(long line, String key, String value) {}

    public record Parsed(List<Recipient> recipients, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty() && !recipients.isEmpty();
        }
    }

    private RecipientList() {}

    public static Parsed parse(String csv, String defaultLanguage) {
        List<Recipient> recipients = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        char delimiter = text.lines()
                .findFirst()
                .map(l -> l.contains(";") && !l.contains(",") ? ';' : ',')
                .orElse(',');
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setIgnoreHeaderCase(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderMap().containsKey("email")) {
                problems.add(new Problem(1, "csv.error.no-email-column", String.join(",", parser.getHeaderNames())));
                return new Parsed(List.of(), problems);
            }
            boolean hasLanguage = parser.getHeaderMap().containsKey("language");
            Map<String, Long> seen = new HashMap<>();
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (recipients.size() + problems.size() >= MAX_ROWS) {
                    problems.add(new Problem(line, "csv.error.too-many", String.valueOf(MAX_ROWS)));
                    break;
                }
                String email = row.isMapped("email") && row.isSet("email")
                        ? row.get("email").strip().toLowerCase(Locale.ROOT)
                        : "";
                String language = hasLanguage
                                && row.isSet("language")
                                && !row.get("language").isBlank()
                        ? row.get("language").strip().toLowerCase(Locale.ROOT)
                        : defaultLanguage;
                if (email.isEmpty()) {
                    problems.add(new Problem(line, "csv.error.email-missing", ""));
                } else if (email.length() > 255 || !EMAIL.matcher(email).matches()) {
                    problems.add(new Problem(line, "csv.error.email", email));
                } else if (seen.containsKey(email)) {
                    problems.add(new Problem(line, "csv.error.duplicate", email + " (" + seen.get(email) + ")"));
                } else if (!language.matches("[a-z]{2,3}")) {
                    problems.add(new Problem(line, "csv.error.language", language));
                } else {
                    seen.put(email, line);
                    recipients.add(new Recipient(email, language));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(0, "csv.error.unreadable", String.valueOf(e.getMessage())));
        }
        if (recipients.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "csv.error.empty", ""));
        }
        return new Parsed(recipients, problems);
    }
}
