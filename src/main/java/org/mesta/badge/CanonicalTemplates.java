package org.mesta.badge;

import static org.mesta.badge.Jsons.JSON;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * RDFC-1.0 canonical N-Quads of many documents that differ only in a few string fields: the awards of one badge
 * (their ids, dates, recipient hash and salt, revocation bit) and their proof options (the time). Turning JSON-LD
 * into RDF (expanding it against the contexts) is most of what a signature costs, and it comes out the same for
 * every award but for those values. So it runs once per shape: the shape's first document is turned into quads
 * with a unique token in each varying field, and each document of that shape takes those quads with its own values
 * in place of the tokens. RDFC-1.0 itself (blank-node labels from hashes, sorting) still runs on each document's
 * own quads, so the result is the canonical form the whole algorithm gives; this is checked against the full
 * algorithm on each shape's first document, and by CanonicalTemplatesTest on many. For one issuing run only (its
 * shapes are our own credentials of one badge), never for documents from outside.
 */
final class CanonicalTemplates {

    /** Where one award's credential or proof options differ from the next one's (string values only). */
    private static final List<JsonPointer> VARYING = Stream.of(
                    "/id",
                    "/validFrom",
                    "/validUntil",
                    "/created",
                    "/credentialSubject/identifier/0/identityHash",
                    "/credentialSubject/identifier/0/salt",
                    "/credentialStatus/id",
                    "/credentialStatus/statusListIndex")
            .map(JSON::createPointer)
            .toList();

    private static final List<String[]> PATHS =
            VARYING.stream().map(p -> p.toString().substring(1).split("/")).toList();

    private static final JsonString VARIES = JSON.createValue("\u0000varies");

    private final Map<JsonObject, Template> templates = new ConcurrentHashMap<>();

    /** The document's canonical N-Quads, the same as {@link DataIntegrity#canonical(JsonObject)} gives. */
    String canonical(JsonObject document) {
        String[] values = new String[VARYING.size()];
        JsonObject shape = document;
        for (int i = 0; i < values.length; i++) {
            JsonPointer p = VARYING.get(i);
            if (!(at(shape, PATHS.get(i)) instanceof JsonString s)) continue;
            // An id that is not an absolute IRI would be resolved or become a blank node, unlike its token.
            if (isId(i) && !absolute(s.getString())) return DataIntegrity.canonical(document);
            values[i] = s.getString();
            shape = p.replace(shape, VARIES);
        }
        JsonObject finalShape = shape;
        Template t = templates.computeIfAbsent(shape, k -> Template.of(finalShape, document, values));
        return t.canonical(values);
    }

    /** How many shapes have a template (for tests: documents of one shape share one). */
    int shapes() {
        return templates.size();
    }

    /** The value at the path, or null (JsonPointer throws when a step is missing, which most documents lack). */
    private static JsonValue at(JsonValue document, String[] path) {
        JsonValue v = document;
        for (String step : path) {
            if (v instanceof JsonObject o) {
                v = o.get(step);
            } else if (v instanceof JsonArray a && step.matches("\\d+")) {
                int i = Integer.parseInt(step);
                v = i < a.size() ? a.get(i) : null;
            } else {
                return null;
            }
        }
        return v;
    }

    private static boolean isId(int varying) {
        return VARYING.get(varying).toString().endsWith("/id");
    }

    private static boolean absolute(String iri) {
        try {
            return !iri.startsWith("_:") && URI.create(iri).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** One shape's quads, with the varying fields as tokens ("urn:uuid:…", absolute like our ids). */
    private record Template(List<String[]> quads, Map<String, Integer> tokens, AtomicReference<Last> last) {

        /**
         * The last values and their form: a run's proof options repeat (they differ only in the second they were
         * made), so most awards find their options' form here.
         */
        record Last(String[] values, String canonical) {}

        static Template of(JsonObject shape, JsonObject first, String[] firstValues) {
            Map<String, Integer> tokens = new HashMap<>();
            JsonObject tokenised = shape;
            for (int i = 0; i < firstValues.length; i++) {
                if (firstValues[i] == null) continue;
                String token = "urn:uuid:" + UUID.randomUUID();
                tokens.put(token, i);
                tokenised = VARYING.get(i).replace(tokenised, JSON.createValue(token));
            }
            List<String[]> quads = new ArrayList<>();
            try {
                JsonLd.toRdf(JsonDocument.of(tokenised))
                        .loader(DataIntegrity.LOADER)
                        .provide((s, p, o, datatype, language, direction, graph) -> {
                            quads.add(new String[] {s, p, o, datatype, language, direction, graph});
                            return null;
                        });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Template t = new Template(List.copyOf(quads), Map.copyOf(tokens), new AtomicReference<>());
            // Never sign with a template that does not give what the whole algorithm gives.
            if (!t.canonical(firstValues).equals(DataIntegrity.canonical(first))) {
                throw new IllegalStateException("a signing template differs from full canonicalisation");
            }
            return t;
        }

        String canonical(String[] values) {
            Last before = last.get();
            if (before != null && Arrays.equals(before.values(), values)) return before.canonical();
            String canonical = canonicalised(values);
            last.set(new Last(values.clone(), canonical));
            return canonical;
        }

        private String canonicalised(String[] values) {
            RdfCanon canon = RdfCanon.create("SHA-256");
            try {
                for (String[] q : quads) {
                    canon.quad(put(q[0], values), q[1], put(q[2], values), q[3], q[4], q[5], put(q[6], values));
                }
                StringWriter out = new StringWriter();
                canon.provide(new NQuadsWriter(out));
                return out.toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        private String put(String term, String[] values) {
            Integer i = term == null ? null : tokens.get(term);
            return i == null ? term : values[i];
        }
    }
}
