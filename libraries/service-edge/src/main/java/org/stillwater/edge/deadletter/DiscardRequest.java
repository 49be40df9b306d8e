package org.stillwater.edge.deadletter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An operator's decision not to replay a dead letter, with why (kept on the dead letter; no clinical content). */
public record DiscardRequest(@NotBlank @Size(max = 500) String reason) {
}
