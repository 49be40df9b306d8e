package org.stillwater.fhir.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.stillwater.fhir.FhirJson;

/** Writes a HAPI FHIR resource as FHIR JSON (HAPI's own parser: no hand-written JSON). */
@Provider
@Produces({FhirJson.MEDIA_TYPE, MediaType.APPLICATION_JSON})
public class FhirResourceWriter implements MessageBodyWriter<IBaseResource> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(IBaseResource resource, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        body.write(FhirJson.encode(resource).getBytes(StandardCharsets.UTF_8));
    }
}
