import "server-only";
import { z } from "zod";

// Every reason the domain gives for refusing something, with the status a JSON caller gets and the
// sentence a person reads. HTML forms are sent back with `?error=<reason>` and the page shows the
// same sentence, so both kinds of caller are told the same thing.

export const REASONS = {
  // Form fields (a JSON caller gets 422 with the zod issues instead).
  email: { status: 422, message: "Enter a valid email address." },
  password: { status: 422, message: "Use a password of 10 to 200 characters that is not one of the most common passwords." },
  displayName: { status: 422, message: "Enter a name of 1 to 40 characters, without special control characters." },
  name: { status: 422, message: "Enter a class name of 1 to 80 characters." },
  code: { status: 422, message: "Enter the code exactly as it was given to you." },
  invalid: { status: 422, message: "The form was not filled in as expected. Check it and try again." },
  unreadable: { status: 400, message: "This form could not be read. Go back to the page and try again." },
  // Accounts.
  "email-taken": { status: 409, message: "An account with this email address already exists. Sign in instead." },
  "wrong-credentials": { status: 401, message: "The email address or password is wrong." },
  "wrong-student-code": { status: 401, message: "That sign-in code is not known. Check it, or ask your teacher for help." },
  "slow-down": { status: 429, message: "Too many failed sign-ins. Wait a little (the wait grows with each failure), then try again." },
  "sign-up-slow-down": { status: 429, message: "Too many new accounts from this network. Try again in an hour." },
  "guest-slow-down": { status: 429, message: "Too many new learners from this network right now. Wait a few minutes, then try again." },
  "sign-in-required": { status: 401, message: "Sign in as a teacher to continue." },
  "teachers-only": { status: 403, message: "Only teachers can do this." },
  // Classrooms.
  "wrong-join-code": { status: 404, message: "No class has this code. Check it with your teacher." },
  "join-slow-down": { status: 429, message: "Too many wrong class codes from this network. Wait 15 minutes, then try again." },
  "archived-class": { status: 410, message: "This class is archived and no longer takes new students. Ask your teacher for a current code." },
  "teacher-cannot-join": { status: 403, message: "You are signed in as a teacher. Sign out to join a class as a student." },
  "class-not-found": { status: 404, message: "There is no class with this id among your classes." },
  "student-not-found": { status: 404, message: "There is no such student in this class." },
  // Content.
  "unit-not-found": { status: 404, message: "There is no such unit." },
  "event-not-found": { status: 422, message: "The unit has no such event; nothing was recorded." },
  // Quiz.
  "start-invalid": { status: 422, message: "Choose one of the quizzes below to start." },
  "nothing-due": { status: 409, message: "No questions of this unit are due for review yet." },
  "no-questions": { status: 409, message: "This unit has no questions for this quiz." },
  "attempt-not-found": { status: 404, message: "There is no such quiz attempt for you." },
  "attempt-finished": { status: 409, message: "This quiz attempt is already finished." },
  "answer-missing": { status: 422, message: "Choose or type an answer first." },
  "answer-invalid": { status: 422, message: "That answer does not fit this question. Check it and try again." },
  "order-duplicate": { status: 422, message: "Each position needs a different item: choose every item once." },
  "not-in-attempt": { status: 422, message: "That question is not part of this quiz. Answer the question shown below." },
  "attempt-unfinished": { status: 409, message: "Finish this quiz first; then you can retry the questions you missed." },
  "nothing-missed": { status: 409, message: "You got every question right: there is nothing to retry." },
  "answer-final": { status: 409, message: "This question was already answered with a different answer, or the quiz is finished; an answer is final." },
  // Live sessions.
  "live-session-not-found": { status: 404, message: "No live session has this code or id, or it has ended. Check the code on the projector." },
  "live-join-slow-down": { status: 429, message: "Too many wrong session codes from this network. Wait 15 minutes, then try again." },
  "name-required": { status: 422, message: "Enter your name (1 to 40 characters) to join." },
  "live-teacher-cannot-join": { status: 403, message: "You are signed in as a teacher. Open the session on the projector, or sign out to join as a student." },
  "not-joined": { status: 403, message: "Join the session first." },
  "not-current": { status: 409, message: "That question is no longer on the screen. Here is the current one." },
  revealed: { status: 409, message: "The answer has already been revealed: answers to this question are closed." },
  "already-answered": { status: 409, message: "You have already answered this question; an answer is final." },
  "session-ended": { status: 409, message: "This live session has ended." },
  "not-started": { status: 409, message: "Show the first question before revealing an answer." },
  "already-revealed": { status: 409, message: "The answer to this question is already revealed." },
  "no-more-questions": { status: 409, message: "That was the last question: end the session to see the summary." },
  "session-moved-on": { status: 409, message: "The session moved on meanwhile (another click or tab); the projector shows where it is now." },
  "session-teacher-only": { status: 403, message: "Only the session's teacher can move it on." },
  // Assignments. Field names are in the sentences, so a JSON caller knows which field to fix.
  unit: { status: 422, message: "Choose a unit from the list (unit)." },
  mode: { status: 422, message: "Choose which quiz to assign (mode): the article's FAQ or the whole unit." },
  dueAt: { status: 422, message: "Enter the due date and time (dueAt)." },
  opensAt: { status: 422, message: "Enter the opening date and time (opensAt), or leave it empty to open the assignment now." },
  timeZone: { status: 422, message: "The time zone (timeZone) was not recognised. Use an IANA name such as Europe/Belgrade." },
  "unknown-unit": { status: 422, message: "There is no unit with this name (unit). Choose one of the units on the timeline." },
  "due-in-past": { status: 422, message: "This due time (dueAt) has already passed. Choose a time in the future." },
  "opens-after-due": { status: 422, message: "The assignment has to open (opensAt) before it is due (dueAt)." },
  "assignment-not-found": { status: 404, message: "There is no such assignment in this class (it may have been withdrawn)." },
  "student-sign-in-required": { status: 401, message: "Sign in with your student code to see your assignments." },
  "students-only": { status: 403, message: "Only students have assignments. Teachers see them on their class pages." },
  // Requests.
  "not-found": { status: 404, message: "Not found." },
  "cross-site": { status: 403, message: "This request came from another site and was refused." },
} as const satisfies Record<string, { status: number; message: string }>;

export type Reason = keyof typeof REASONS;

const reasonSchema = z.enum(Object.keys(REASONS) as [Reason, ...Reason[]]);

export function isReason(value: unknown): value is Reason {
  return reasonSchema.safeParse(value).success;
}

/** The sentence for a page's `?error=` value, or null for anything that is not a known reason. */
export function reasonMessage(value: unknown): string | null {
  const parsed = reasonSchema.safeParse(value);
  return parsed.success ? REASONS[parsed.data].message : null;
}
