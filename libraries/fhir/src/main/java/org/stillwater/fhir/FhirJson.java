package org.stillwater.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.PerformanceOptionsEnum;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR R4 JSON through HAPI FHIR's parser. The context is built on first use, not in the start-up path (it costs
 * seconds of CPU on this machine); the services serving FHIR build it in the background once started
 * ({@link org.stillwater.fhir.rest.FhirWarmUp}). It scans each resource type's model only when that type is first
 * written.
 */
public final class FhirJson {

    public static final String MEDIA_TYPE = "application/fhir+json";

    private FhirJson() {
    }

    private static final class Holder {
        private static final FhirContext CONTEXT = create();

        private static FhirContext create() {
            FhirContext context = FhirContext.forR4();
            context.setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
            return context;
        }
    }

    /** The one R4 context of this process (thread-safe once built). */
    public static FhirContext context() {
        return Holder.CONTEXT;
    }

    public static String encode(IBaseResource resource) {
        return context().newJsonParser().encodeResourceToString(resource);
    }

    public static <T extends IBaseResource> T parse(Class<T> type, String json) {
        return context().newJsonParser().parseResource(type, json);
    }
}
