package org.stillwater.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.stillwater.hostile.Part.Hostility;
import org.stillwater.launcher.DemoAccounts;

/** Path and query values: ordinary ones (ids that exist, ids that do not) and hostile ones. */
final class Values {

    private static final List<String> UNICODE = List.of("é", "✓", "𝄞", "😀", "\u202Eevil", "e\u0301", "\u200B", "中文", "ﬁ", "Ａ");

    private Values() {
    }

    /** A path parameter: half the time an ordinary id, else one of the hostile kinds. */
    static Part pathValue(String name, SplittableRandom random) {
        if (random.nextBoolean()) {
            return Part.plain(ordinaryId(name, random));
        }
        String uuid = UUID.randomUUID().toString();
        return switch (random.nextInt(16)) {
            case 0 -> invalid("nul", List.of("\0", uuid + "\0", "\0" + uuid, "a\0b").get(random.nextInt(4)));
            case 1 -> invalid("400 digits", "1".repeat(400));
            case 2 -> invalid("dot segments", List.of("../../q/health", "..", "%2e%2e%2f", "..\\..\\").get(random.nextInt(4)));
            case 3 -> new Part("raw dot segments", "..", Hostility.INVALID);
            case 4 -> invalid("quotes", List.of("'", "\"", "`", "'\"`;--").get(random.nextInt(4)));
            case 5 -> invalid("sql", "' OR '1'='1");
            case 6 -> invalid("not a uuid", List.of("abc", "123", "null", "-1", "0", "true", "{}", uuid.replace("-", "")).get(random.nextInt(8)));
            case 7 -> new Part("upper-case uuid", encode(uuid.toUpperCase(Locale.ROOT)), Hostility.UNUSUAL);
            case 8 -> invalid("unicode", UNICODE.get(random.nextInt(UNICODE.size())));
            case 9 -> invalid("control character", List.of("\n", "\t", "\r\n", "\u007f", "\u001b[31m").get(random.nextInt(5)));
            case 10 -> invalid("2000 characters", "a".repeat(2000));
            case 11 -> new Part("invalid utf-8", List.of("%C3%28", "%C0%AE%C0%AE", "%FF%FE", "%ED%A0%80").get(random.nextInt(4)), Hostility.INVALID);
            case 12 -> new Part("empty", "", Hostility.INVALID);
            case 13 -> invalid("whitespace", List.of(" ", "  ", "\u00a0").get(random.nextInt(3)));
            case 14 -> invalid("uuid with suffix", uuid + List.of(" ", "x", ";", "/", ".json").get(random.nextInt(5)));
            default -> invalid("percent", List.of("%", "%%", "%zz").get(random.nextInt(3)));
        };
    }

    /**
     * A query parameter: usually left out; else a value of its schema, or a hostile one. A value outside what
     * the schema documents (a number below its minimum, an unknown enum value) must be refused; text where
     * the schema promises nothing may be accepted, except a NUL, which no value may carry.
     */
    static Part queryValue(Operation.Schema schema, SplittableRandom random) {
        if (random.nextInt(10) < 5) {
            return Part.absent();
        }
        boolean integer = schema.type().equals("integer");
        List<String> allowed = schema.enumValues();
        boolean documented = integer || !allowed.isEmpty();
        Hostility outside = documented ? Hostility.INVALID : Hostility.UNUSUAL;
        long minimum = schema.number("minimum").orElse(0L);
        long maximum = schema.number("maximum").orElse(integer ? Integer.MAX_VALUE : 100L);
        return switch (random.nextInt(14)) {
            case 0, 1, 2 -> Part.plain(allowed.isEmpty() ? Long.toString(minimum + random.nextLong(Math.min(maximum - minimum, 5) + 1))
                    : allowed.get(random.nextInt(allowed.size())));
            case 3 -> new Part("nul", encode(List.of("\0", "1\0", "\0x").get(random.nextInt(3))), Hostility.INVALID);
            case 4 -> new Part("negative", "-1", schema.number("minimum").isPresent() ? Hostility.INVALID : outside);
            case 5 -> new Part("400 digits", "9".repeat(400), outside);
            case 6 -> new Part("decimal", List.of("1.5", "1e3", "0x10", "1_000").get(random.nextInt(4)), outside);
            case 7 -> new Part("not a number", encode(List.of("abc", "one", "' OR 1=1--", "null").get(random.nextInt(4))), outside);
            case 8 -> new Part("largest int", Integer.toString(Integer.MAX_VALUE),
                    integer && maximum < Integer.MAX_VALUE ? Hostility.INVALID : Hostility.UNUSUAL);
            case 9 -> new Part("beyond int64", "92233720368547758080", outside);
            case 10 -> new Part("above maximum", Long.toString(maximum + 1), schema.number("maximum").isPresent() ? Hostility.INVALID : outside);
            case 11 -> new Part("empty", "", Hostility.UNUSUAL);
            case 12 -> new Part("unicode", encode(UNICODE.get(random.nextInt(UNICODE.size()))), outside);
            default -> new Part("lower-case", encode(allowed.isEmpty() ? "due" : allowed.get(0).toLowerCase(Locale.ROOT)),
                    allowed.isEmpty() ? Hostility.UNUSUAL : Hostility.INVALID);
        };
    }

    /** An id that exists for the demo data where the parameter names one (a demo patient, a pharmacy), else a new UUID. */
    static String ordinaryId(String name, SplittableRandom random) {
        return switch (name) {
            case "patientId" -> (random.nextBoolean() ? DemoAccounts.ALEX_PATIENT_ID : DemoAccounts.BLAIR_PATIENT_ID).toString();
            case "pharmacyId" -> random.nextBoolean() ? "sunrise" : "harbor";
            default -> UUID.randomUUID().toString();
        };
    }

    private static Part invalid(String kind, String value) {
        return new Part(kind, encode(value), Hostility.INVALID);
    }

    /** Percent-encodes every byte but the unreserved characters of RFC 3986. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }
}
