// URLs of the teacher's results pages, built in one place.
export const resultsPath = (assignmentId: string) => `/teacher/assignments/${assignmentId}/results`;
export const studentResultsPath = (assignmentId: string, studentId: string) => `${resultsPath(assignmentId)}/students/${studentId}`;
export const printPath = (assignmentId: string) => `${resultsPath(assignmentId)}/print`;
export const studentsCsvPath = (assignmentId: string) => `${resultsPath(assignmentId)}/students.csv`;
export const answersCsvPath = (assignmentId: string) => `${resultsPath(assignmentId)}/answers.csv`;
export const guidePath = (quizId: string) => `/teacher/guide/${quizId}`;
