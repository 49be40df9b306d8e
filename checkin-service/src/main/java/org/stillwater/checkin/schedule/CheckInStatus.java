package org.stillwater.checkin.schedule;

/** SCHEDULED and MISSED are open (in the clinicians' queue, can be completed); COMPLETED and CANCELLED are closed. */
public enum CheckInStatus {
    SCHEDULED,
    /** Past its due time without being completed: stays in the queue and can still be completed. */
    MISSED,
    COMPLETED,
    /** No longer needed because treatment was paused (WEEKLY) or discontinued (everything but URGENT). */
    CANCELLED
}
