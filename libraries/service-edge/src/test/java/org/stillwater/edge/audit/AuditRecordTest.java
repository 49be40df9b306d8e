package org.stillwater.edge.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditRecordTest {

    private static AuditRecord withResource(String resource) {
        return new AuditRecord("c", "dr.california", "clinician", null, "GET /api/v1/patients/{id}", resource, 400, "REFUSED");
    }

    @Test
    void aNulIsStoredAsItsEscape() {
        assertEquals("/api/v1/patients/\\u0000", withResource("/api/v1/patients/\0").resource());
    }

    @Test
    void everyControlCharacterIsStoredAsItsEscape() {
        assertEquals("a\\u000ab\\u0009c\\u007f", withResource("a\nb\tc\u007f").resource());
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD", withResource("a\uD800b\uDC00").resource());
    }

    @Test
    void unicodeOutsideTheBasicPlaneIsKept() {
        assertEquals("/api/v1/patients/😀", withResource("/api/v1/patients/😀").resource());
    }

    @Test
    void aLongResourceIsCutAndMarked() {
        String resource = withResource("/" + "a".repeat(10_000)).resource();
        assertEquals(AuditRecord.MAX_RESOURCE + 1, resource.length());
        assertTrue(resource.endsWith("…"));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String resource = withResource("a".repeat(AuditRecord.MAX_RESOURCE - 1) + "😀😀").resource();
        assertEquals("a".repeat(AuditRecord.MAX_RESOURCE - 1) + "…", resource);
    }

    @Test
    void aResourceOfExactlyTheLimitIsKeptWhole() {
        String resource = "a".repeat(AuditRecord.MAX_RESOURCE);
        assertEquals(resource, withResource(resource).resource());
    }

    @Test
    void noActorIsAnonymous() {
        assertEquals("anonymous", new AuditRecord("c", null, null, null, "GET /api/v1/x", "/api/v1/x", 401, "DENIED").actor());
        assertEquals("anonymous", new AuditRecord("c", " ", null, null, "GET /api/v1/x", "/api/v1/x", 403, "DENIED").actor());
    }
}
