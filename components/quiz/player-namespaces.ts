// The message namespaces the quiz player's client components render, for the <ClientMessages> of every page that
// shows a player. Only these ship in the question page (150 KiB budget): the page's server-rendered parts translate
// on the server, and what only a class quiz shows (hand-in, time left, leaving the class) is left out of practice.
export const PLAYER_NAMESPACES = ['quiz', 'startOver', 'glossary', 'items.player'] as const;
export const CLASS_PLAYER_NAMESPACES = [...PLAYER_NAMESPACES, 'quizClass'] as const;
