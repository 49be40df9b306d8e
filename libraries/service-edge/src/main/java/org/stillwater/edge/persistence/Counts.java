package org.stillwater.edge.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.Entity;
import jakarta.persistence.TypedQuery;
import java.util.Map;

/**
 * How many rows of an entity match an HQL condition, as one {@code select count(*)} query whose SQL Hibernate
 * translates once and keeps in its query plan cache. Panache's {@code count(condition, parameters)} derives a new
 * count query from the condition's query on every call (Hibernate's {@code getResultCount}) and translates that
 * copy to SQL again each time: in the benchmark's profile (issue 17) that translation was a tenth of
 * checkin-service's CPU while it consumed events. The architecture tests refuse Panache's form in the services.
 */
public final class Counts {

    private Counts() {
    }

    /**
     * @param condition  an HQL condition on the entity's fields, with positional parameters {@code ?1, ?2, ...}
     * @param parameters the values of {@code ?1, ?2, ...}, in order
     */
    public static long count(Class<?> entity, String condition, Object... parameters) {
        TypedQuery<Long> query = query(entity, condition);
        for (int position = 0; position < parameters.length; position++) {
            query.setParameter(position + 1, parameters[position]);
        }
        return query.getSingleResult();
    }

    /**
     * @param condition  an HQL condition on the entity's fields, with named parameters {@code :name}
     * @param parameters the value of each named parameter
     */
    public static long count(Class<?> entity, String condition, Map<String, Object> parameters) {
        TypedQuery<Long> query = query(entity, condition);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Whether any row of the entity matches the condition (see {@link #count(Class, String, Object...)}). */
    public static boolean any(Class<?> entity, String condition, Object... parameters) {
        return count(entity, condition, parameters) > 0;
    }

    private static TypedQuery<Long> query(Class<?> entity, String condition) {
        return Panache.getEntityManager(entity).createQuery("select count(*) from " + entityName(entity) + " where " + condition, Long.class);
    }

    private static String entityName(Class<?> entity) {
        Entity annotation = entity.getAnnotation(Entity.class);
        if (annotation == null) {
            throw new IllegalArgumentException(entity.getName() + " is not an @Entity");
        }
        return annotation.name().isEmpty() ? entity.getSimpleName() : annotation.name();
    }
}
