package org.stillwater.regulatory.dea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DEA check digit against an oracle that weighs the six digits 1, 2, 1, 2, 1, 2, over generated digit
 * strings (a fixed seed, so a failure is reproduced by running the test again), each with all ten last digits.
 */
class CheckDigitOracleTest {

    private static final int[] WEIGHTS = {1, 2, 1, 2, 1, 2};

    @ParameterizedTest
    @MethodSource("sixDigitStrings")
    void exactlyTheOraclesCheckDigitMakesTheNumberValid(String digits) {
        int weighted = 0;
        for (int i = 0; i < 6; i++) {
            weighted += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        for (int last = 0; last <= 9; last++) {
            List<String> expected = weighted % 10 == last ? List.of() : List.of("dea-number-check-digit");
            List<String> actual = DeaNumber.prescriberProblems("BR" + digits + last, Optional.of("Rivera")).stream()
                    .map(DeaNumber.Problem::code).toList();
            assertEquals(expected, actual, "BR" + digits + last);
        }
    }

    static Stream<String> sixDigitStrings() {
        Random random = new Random(1234563L);
        return Stream.concat(Stream.of("000000", "999999", "123456", "583672"),
                IntStream.range(0, 2000).mapToObj(i -> String.format("%06d", random.nextInt(1_000_000))));
    }
}
