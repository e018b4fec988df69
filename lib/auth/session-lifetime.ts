const hour = 3_600_000;

/**
 * A session slides forward while it is used (SESSION_MAX_AGE_HOURS after the last renewal), but
 * never past its absolute end, SESSION_ABSOLUTE_MAX_AGE_HOURS after sign-in: a stolen or forgotten
 * session cannot be kept alive for ever.
 */
export function absoluteEnd(createdAt: Date, absoluteHours: number) {
  return new Date(createdAt.getTime() + absoluteHours * hour);
}

/** The expiry to store when a session is created or renewed: the sliding one, capped at the absolute end. */
export function cappedExpiry(proposed: Date, createdAt: Date, absoluteHours: number) {
  const end = absoluteEnd(createdAt, absoluteHours);
  return proposed > end ? end : proposed;
}

export function isPastAbsoluteEnd(createdAt: Date, absoluteHours: number, now: Date = new Date()) {
  return now >= absoluteEnd(createdAt, absoluteHours);
}
