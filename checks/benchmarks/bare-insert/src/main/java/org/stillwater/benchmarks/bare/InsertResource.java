package org.stillwater.benchmarks.bare;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * One INSERT per POST, committed (auto-commit), answered 201 with the row's id: what a write endpoint costs
 * on this machine with Quarkus REST, Jackson, Agroal and PostgreSQL alone.
 */
@Path("/inserts")
public class InsertResource {

    @Inject
    AgroalDataSource dataSource;

    @POST
    public Response insert(JsonNode body) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into bare_insert (payload) values (?) returning id")) {
            insert.setString(1, body.toString());
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return Response.status(Response.Status.CREATED).entity(Map.of("id", row.getLong(1))).build();
            }
        }
    }

    /** The benchmark waits for this before driving the endpoint. */
    @GET
    @Path("/ready")
    public String ready() {
        return "ready";
    }
}
