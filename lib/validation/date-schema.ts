import { z } from "zod";
import { isCalendarDate } from "@/lib/validation/date";

/** The one schema for a date a person enters; the server validates with it (date.ts says why apart). */
export const calendarDate = z.string().refine(isCalendarDate, "invalid_date");
