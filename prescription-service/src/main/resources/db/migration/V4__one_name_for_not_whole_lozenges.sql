-- One concept, one name: a dose that is not a whole number of lozenges is "not-whole-lozenges" here as in
-- checkin-service (it was "dose-not-whole-units"). Adjustments already recorded as not applied say it the same way.
update dosage_adjustment
   set reason_code = array_to_string(array_replace(string_to_array(reason_code, ','), 'dose-not-whole-units', 'not-whole-lozenges'), ',')
 where reason_code is not null and 'dose-not-whole-units' = any(string_to_array(reason_code, ','));
