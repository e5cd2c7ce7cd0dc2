// Which context a public part id belongs to. The ids of an item differ between public practice and each assignment
// (and between assignments), so nothing learned in one context maps onto another: option ids read off a practice
// page, or graded by the practice API, mean nothing in an assignment of the same quiz.
export type IdScope = string & { readonly __idScope: unique symbol };

export function practiceScope(quizId: string): IdScope {
  return `practice:${quizId}` as IdScope;
}

export function assignmentScope(assignment: { id: string; quizId: string }): IdScope {
  return `assignment:${assignment.id}:${assignment.quizId}` as IdScope;
}

/** A teacher's preview of a quiz: ids of its own, so nothing read off a preview maps onto practice or an assignment. */
export function previewScope(teacherId: string, quizId: string): IdScope {
  return `preview:${teacherId}:${quizId}` as IdScope;
}
