package org.stillwater.edge.idempotency;

/**
 * An answer that holds something the idempotency record must not keep (a secret shown once, such as a webhook
 * signing secret): the record stores {@link #forReplay()} in its place, so a retry with the same key replays the
 * first answer without it, and no plaintext secret lies in the {@code idempotency_key} table.
 */
public interface StoredForReplay {

    /** The answer as a retry with the same key gets it: this one without what must not be stored. */
    Object forReplay();
}
