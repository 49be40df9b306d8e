package org.stillwater.edge.testapp;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A note to write.
 *
 * @param text   what the clinician notes, 1 to 500 characters
 * @param doseMg a dose in mg, a whole number from 0 ({@link NotePolicy} refuses one above its maximum)
 */
public record NoteRequest(@NotBlank @Size(max = 500) String text, @NotNull @Min(0) Integer doseMg) {
}
