package org.stillwater.edge.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write endpoint that honours {@code Idempotency-Key} (DESIGN §5): a retry with the same key and body
 * returns the first answer and changes nothing; the same key with another body is 422. The method must be
 * {@code @Transactional} (the key is stored in the same transaction as the change) and return a
 * {@link jakarta.ws.rs.core.Response}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
