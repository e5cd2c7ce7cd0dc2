// The message namespaces the quiz player's client components render, for the <ClientMessages> of every page that
// shows a player (practice, assignment, a teacher's preview). Only these ship in the question page (150 KiB budget):
// the page's server-rendered parts translate on the server.
export const PLAYER_NAMESPACES = ['quiz', 'quizStart', 'glossary'] as const;
