package org.stillwater.edge.audit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.stillwater.edge.idempotency.Idempotent;

/**
 * A write's audit row commits in the write's own transaction: once the endpoint has answered, its row is inserted
 * on the transaction's connection, so a crash can no longer leave a change without its row (nor a row for a change
 * that rolled back). Only once the transaction has committed is the request marked audited, and {@link AuditFilter}
 * writes nothing more for that answer; a write that was refused, failed or rolled back at commit gets its row from
 * {@link AuditFilter}, in a transaction of its own, as every read does.
 *
 * <p>Bound to {@link Idempotent}, which marks every write endpoint (DESIGN §5: write endpoints take an
 * Idempotency-Key; each is {@code @Transactional}). Runs inside {@code @Transactional} (priority 200) and around
 * {@link org.stillwater.edge.idempotency.IdempotencyInterceptor} (300), so a replayed answer is audited with the
 * status it replays.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class AuditedWrite {

    @Inject
    AuditLog auditLog;

    @Inject
    AuditTrail trail;

    @Inject
    SecurityIdentity identity;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object auditInTheWritesTransaction(InvocationContext invocation) throws Exception {
        Object answer = invocation.proceed();
        ResteasyReactiveRequestContext current = CurrentRequestManager.get();
        if (current == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return answer;
        }
        ContainerRequestContext request = current.getContainerRequestContext();
        int status = answer instanceof Response response ? response.getStatus() : answer == null ? 204 : 200;
        List<AuditRecord> records = AuditFilter.records(identity, AuditFilter.patients(request, trail), CorrelationId.of(request),
                AuditFilter.action(request), request.getUriInfo().getPath(), status);
        auditLog.appendInTransaction(records);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int outcome) {
                if (outcome == Status.STATUS_COMMITTED) {
                    AuditFilter.audited(request, status);
                }
            }
        });
        return answer;
    }
}
