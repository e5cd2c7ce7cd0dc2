// stands in for 'server-only' in vitest (see vitest.config.ts): importing it must do nothing
export default undefined;
