package org.mesta.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing that is wrong with what a person entered: the field it belongs to ({@link #FORM} when it belongs to
 * the whole form; {@code "name.sl"} for one language of a multilingual field), a translation key and its
 * arguments. Rule checks return these, services refuse with them ({@link UserError#of}), forms show each one
 * next to its field.
 */
public record Problem(String field, String key, List<Object> args) {

    /** The field of a problem that belongs to no single field. */
    public static final String FORM = "";

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public Problem(String field, String key, Object... args) {
        // A missing argument reads as an empty text rather than failing the refusal it explains.
        this(field, key, Arrays.stream(args).map(a -> a == null ? "" : a).toList());
    }

    /** A problem with the whole form rather than one field. */
    public static Problem ofForm(String key, Object... args) {
        return new Problem(FORM, key, args);
    }

    /**
     * A Bean Validation violation as a problem. A message written {@code "{some.key}"} is that translation key;
     * a constraint left with its default message gets a general key of ours ("error.required", "error.too-long",
     * "error.email", else "error.invalid"). The arguments are the constraint's attributes in alphabetical order
     * ({@code @Size}: {0} max, {1} min; {@code @Min}/{@code @Max}: {0} value). The field is the property path
     * without the method and parameter ({@code names[sl]} becomes {@code "names.sl"}).
     */
    public static Problem of(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        Map<String, Object> attributes = new TreeMap<>(descriptor.getAttributes());
        attributes.keySet().removeAll(NOT_ARGUMENTS);
        String type = descriptor.getAnnotation().annotationType().getSimpleName();
        return new Problem(
                field(violation.getPropertyPath()),
                key(violation.getMessageTemplate(), type),
                attributes.values().toArray());
    }

    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");
    private static final Pattern KEY = Pattern.compile("\\{([a-z][a-z0-9-]*(\\.[a-z0-9-]+)+)}");

    private static String key(String template, String constraint) {
        Matcher m = KEY.matcher(template);
        if (m.matches() && !m.group(1).startsWith("jakarta.") && !m.group(1).startsWith("org.hibernate.")) {
            return m.group(1);
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "error.required";
            case "Size" -> "error.too-long";
            case "Email" -> "error.email";
            default -> "error.invalid";
        };
    }

    private static String field(Path path) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(node.getName());
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getKey() != null) {
                names.add(String.valueOf(node.getKey()));
            }
        }
        return String.join(".", names);
    }

    public Object[] params() {
        return args.toArray();
    }
}
