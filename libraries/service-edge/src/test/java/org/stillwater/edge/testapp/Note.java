package org.stillwater.edge.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A clinician's note about a patient, with a dose in mg: the test application's one record. */
@Entity
@Table(name = "test_note")
public class Note extends PanacheEntityBase {

    @Id
    public UUID noteId;
    public UUID patientId;
    public String text;
    public int doseMg;
    public String writtenBy;

    public static Note of(UUID patientId, NoteRequest request, String writtenBy) {
        Note note = new Note();
        note.noteId = UUID.randomUUID();
        note.patientId = patientId;
        note.text = request.text();
        note.doseMg = request.doseMg();
        note.writtenBy = writtenBy;
        return note;
    }

    public NoteView view() {
        return new NoteView(noteId, patientId, text, doseMg, writtenBy);
    }

    /** A note as the API answers it. */
    public record NoteView(UUID noteId, UUID patientId, String text, int doseMg, String writtenBy) {
    }
}
