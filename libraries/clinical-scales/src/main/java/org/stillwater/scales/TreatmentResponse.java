package org.stillwater.scales;

/**
 * How depression changed against the baseline PHQ-9 (DESIGN §6): response is a drop of at least 50 %,
 * remission a PHQ-9 below 5.
 *
 * @param baselinePhq9  the PHQ-9 total at intake
 * @param currentPhq9   the PHQ-9 total now
 * @param changePercent the change from baseline in percent, negative when better (0 when the baseline is 0)
 */
public record TreatmentResponse(int baselinePhq9, int currentPhq9, int changePercent, boolean response, boolean remission) {

    public static final int REMISSION_BELOW = 5;

    public static TreatmentResponse of(int baselinePhq9, int currentPhq9) {
        if (baselinePhq9 < 0 || baselinePhq9 > 27 || currentPhq9 < 0 || currentPhq9 > 27) {
            throw new IllegalArgumentException("PHQ-9 totals are 0 to 27");
        }
        // response: (baseline - current) / baseline >= 1/2, in integers so exactly 50 % counts
        boolean response = baselinePhq9 > 0 && 2 * (baselinePhq9 - currentPhq9) >= baselinePhq9;
        int change = baselinePhq9 == 0 ? 0 : Math.round(100f * (currentPhq9 - baselinePhq9) / baselinePhq9);
        return new TreatmentResponse(baselinePhq9, currentPhq9, change, response, currentPhq9 < REMISSION_BELOW);
    }
}
