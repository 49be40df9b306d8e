package org.stillwater.contracts;

/**
 * The data of an event whose contract names the patient's partner ({@code partnerId}, the telehealth partner that
 * registered the patient): the intake events. Other events name only the patient; their partner is the one an
 * earlier intake event named.
 */
public interface PartnerEventData extends EventData {

    String partnerId();
}
