// Texts for the errorCodes of /api/discipline (spread into errors.ts).
export default {
  SELF_RECORD: 'A discipline record about yourself is recorded by someone else',
  BEFORE_HIRE: 'The date is before the person was hired',
  ALREADY_EXPIRED: 'A record of that date would already have expired and would not count',
  EVIDENCE_MISSING: 'Give the evidence: in writing, a call or chat of the person, or a training attendance record',
  UNKNOWN_INTERACTION: 'No such call or chat in your sight',
  INTERACTION_NOT_THEIRS: 'That call or chat was handled by someone else',
  UNKNOWN_ATTENDANCE: 'No such training session in your sight',
  NO_ATTENDANCE_RECORD: 'The person has no attendance record in that session',
  ATTENDANCE_MISMATCH: 'The attendance record does not say the same as the kind chosen',
  DUPLICATE_RECORD: 'This person already has such a record for that day',
  ALREADY_RESPONDED: 'Each record takes one reply or appeal',
  RECORD_WITHDRAWN: 'HR has withdrawn this record',
  ALREADY_DECIDED: 'HR has already decided this record',
};
