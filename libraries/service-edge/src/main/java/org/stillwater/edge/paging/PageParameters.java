package org.stillwater.edge.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} and {@code size} query parameters of every list, documented once as the integers they are.
 * Read as text (see {@link PageRequest}) so that a value that is not a number is a 400 naming the parameter.
 */
public class PageParameters {

    @QueryParam("page")
    @Parameter(description = "which page, from 0", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
            maximum = "" + PagedList.MAX_PAGE, defaultValue = "0"))
    String page;

    @QueryParam("size")
    @Parameter(description = "items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            maximum = "" + PagedList.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
    String size;

    public PageRequest request() {
        return PageRequest.of(page, size);
    }
}
