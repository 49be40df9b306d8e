package org.stillwater.fhir;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Search results and {@code Patient/{id}/$everything} as searchset Bundles. */
public final class Bundles {

    private Bundles() {
    }

    /**
     * @param base      the absolute FHIR base the resources are read at (e.g. {@code http://127.0.0.1:8082/fhir/r4}),
     *                  for each entry's fullUrl
     * @param self      the absolute URL of this search
     * @param resources every match, in the order they are to be listed
     */
    public static Bundle searchSet(String base, String self, Instant at, List<? extends Resource> resources) {
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTimestampElement(Times.instant(at));
        bundle.setTotal(resources.size());
        bundle.addLink().setRelation("self").setUrl(self);
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl(base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}
