// Every path of the app, written once. Used by pages, components (server and client) and the
// request edge alike, so it imports nothing.

const seg = encodeURIComponent;

export const routes = {
  home: () => "/",
  progress: () => "/progress",
  join: () => "/join",
  joinWelcome: () => "/join/welcome",
  signIn: (next?: string) => (next ? `/signin?next=${seg(next)}` : "/signin"),
  studentSignIn: () => "/signin?as=student",
  signUp: () => "/signup",
  unit: (unit: string, query = "") => `/units/${seg(unit)}${query ? `?${query}` : ""}`,
  event: (unit: string, event: string, query = "") =>
    `/units/${seg(unit)}/events/${seg(event)}${query ? `?${query}` : ""}`,
  quiz: (unit: string) => `/units/${seg(unit)}/quiz`,
  attempt: (unit: string, attempt: string) => `/units/${seg(unit)}/quiz/attempts/${seg(attempt)}`,
  teacher: (query = "") => `/teacher${query ? `?${query}` : ""}`,
  teacherLive: () => "/teacher/live",
  projector: (sessionId: string) => `/teacher/live/${seg(sessionId)}`,
  live: () => "/live",
  liveSession: (code: string) => `/live/${seg(code)}`,
  teacherClass: (classId: string) => `/teacher/classes/${seg(classId)}`,
  joinSheet: (classId: string) => `/teacher/classes/${seg(classId)}/join-sheet`,
  classQuestions: (classId: string, unit?: string) =>
    `/teacher/classes/${seg(classId)}/questions${unit ? `?unit=${seg(unit)}` : ""}`,
  classStudent: (classId: string, enrollmentId: string) =>
    `/teacher/classes/${seg(classId)}/students/${seg(enrollmentId)}`,
  scoresCsv: (classId: string) => `/teacher/classes/${seg(classId)}/scores.csv`,
  responsesCsv: (classId: string, assignmentId?: string) =>
    `/teacher/classes/${seg(classId)}/responses.csv${assignmentId ? `?assignment=${seg(assignmentId)}` : ""}`,
  assignment: (classId: string, assignmentId: string, query = "") =>
    `/teacher/classes/${seg(classId)}/assignments/${seg(assignmentId)}${query ? `?${query}` : ""}`,
  api: {
    signIn: () => "/api/auth/signin",
    studentSignIn: () => "/api/auth/student-signin",
    signUp: () => "/api/auth/signup",
    signOut: () => "/api/auth/signout",
    signOutEverywhere: () => "/api/auth/signout-everywhere",
    attempts: () => "/api/attempts",
    attempt: (attempt: string) => `/api/attempts/${seg(attempt)}`,
    answers: (attempt: string) => `/api/attempts/${seg(attempt)}/answers`,
    finish: (attempt: string) => `/api/attempts/${seg(attempt)}/finish`,
    retry: (attempt: string) => `/api/attempts/${seg(attempt)}/retry`,
    reads: (unit: string) => `/api/units/${seg(unit)}/reads`,
    classes: () => "/api/classes",
    joinClass: () => "/api/classes/join",
    classAction: (classId: string, action: "rename" | "archive" | "join-code") =>
      `/api/classes/${seg(classId)}/${action}`,
    scores: (classId: string, mode?: string) =>
      `/api/classes/${seg(classId)}/scores${mode ? `?mode=${seg(mode)}` : ""}`,
    assignments: (classId: string) => `/api/classes/${seg(classId)}/assignments`,
    assignment: (classId: string, assignmentId: string, action?: "edit" | "withdraw") =>
      `/api/classes/${seg(classId)}/assignments/${seg(assignmentId)}${action ? `/${action}` : ""}`,
    myAssignments: () => "/api/me/assignments",
    items: (classId: string, unit: string) => `/api/classes/${seg(classId)}/items?unit=${seg(unit)}`,
    studentAction: (classId: string, enrollmentId: string, action: "rename" | "remove") =>
      `/api/classes/${seg(classId)}/students/${seg(enrollmentId)}/${action}`,
    live: () => "/api/live",
    liveJoin: (code: string) => `/api/live/${seg(code)}/join`,
    liveAnswers: (sessionId: string) => `/api/live/${seg(sessionId)}/answers`,
    liveStep: (sessionId: string, step: "next" | "reveal" | "end") => `/api/live/${seg(sessionId)}/${step}`,
    liveStream: (sessionId: string, locale: string) => `/api/live/${seg(sessionId)}/stream?lang=${seg(locale)}`,
  },
} as const;
