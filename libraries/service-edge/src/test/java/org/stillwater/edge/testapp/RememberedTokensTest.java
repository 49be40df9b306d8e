package org.stillwater.edge.testapp;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stillwater.edge.audit.AuditLog;
import org.stillwater.edge.audit.AuditRecord;
import org.stillwater.testing.As;

/**
 * A token OIDC verified is remembered for a while (BearerTokens, VerifiedTokens): each request still acts as
 * the caller of its own token, and a token that differs from a remembered one in any character is verified, and
 * refused, by OIDC.
 */
@QuarkusTest
class RememberedTokensTest {

    @Inject
    AuditLog auditLog;

    @Inject
    MeterRegistry metrics;

    @Test
    void aTokensSecondUseIsAnsweredWithoutOidc() {
        String token = As.drCalifornia();
        write(token, UUID.randomUUID()).statusCode(201);
        double rememberedBefore = verifications("remembered");
        double oidcBefore = verifications("oidc");

        write(token, UUID.randomUUID()).statusCode(201);

        assertEquals(rememberedBefore + 1, verifications("remembered"));
        assertEquals(oidcBefore, verifications("oidc"));
    }

    @Test
    void eachRequestActsAsTheCallerOfItsOwnRememberedToken() {
        UUID patient = UUID.randomUUID();
        String california = As.drCalifornia();
        String texas = As.drTexas();
        double rememberedBefore = verifications("remembered");

        for (String token : List.of(california, texas, california, texas)) {
            write(token, patient).statusCode(201);
        }

        assertTrue(verifications("remembered") - rememberedBefore >= 2, "the second use of each token was answered from memory");
        List<String> actors = auditLog.forPatient(patient).stream().map(AuditRecord::actor).toList();
        assertEquals(List.of("dr.california", "dr.texas", "dr.california", "dr.texas"), actors);
    }

    @Test
    void aRememberedTokenWithAnAlteredSignatureIsRefused() {
        String token = As.drCalifornia();
        write(token, UUID.randomUUID()).statusCode(201);

        int signature = token.lastIndexOf('.') + 1;
        write(altered(token, signature + (token.length() - signature) / 2), UUID.randomUUID()).statusCode(401);
    }

    @Test
    void aRememberedTokenWithAnAlteredClaimIsRefused() {
        String token = As.drCalifornia();
        write(token, UUID.randomUUID()).statusCode(201);

        int claims = token.indexOf('.') + 1;
        write(altered(token, claims + (token.lastIndexOf('.') - claims) / 2), UUID.randomUUID()).statusCode(401);
    }

    @Test
    void aRememberedTokenWithATrailingCharacterIsRefused() {
        String token = As.drCalifornia();
        write(token, UUID.randomUUID()).statusCode(201);

        write(token + "A", UUID.randomUUID()).statusCode(401);
    }

    @Test
    void twoAuthorizationHeadersAreRefusedEvenWithRememberedTokens() {
        String california = As.drCalifornia();
        String texas = As.drTexas();
        write(california, UUID.randomUUID()).statusCode(201);
        write(texas, UUID.randomUUID()).statusCode(201);

        Notes.write(given().header("Authorization", "Bearer " + texas).header("Authorization", "Bearer " + california)
                .contentType(ContentType.JSON), UUID.randomUUID(), Notes.note("visit", 100)).statusCode(401);
    }

    private double verifications(String kind) {
        return metrics.get("stillwater.bearer.tokens").tags("verification", kind).counter().count();
    }

    private static io.restassured.response.ValidatableResponse write(String token, UUID patient) {
        return Notes.write(given().auth().oauth2(token).contentType(ContentType.JSON), patient, Notes.note("visit", 100));
    }

    /** The token with its character at {@code index} replaced by another base64url character. */
    private static String altered(String token, int index) {
        char replacement = token.charAt(index) == 'A' ? 'B' : 'A';
        return token.substring(0, index) + replacement + token.substring(index + 1);
    }
}
