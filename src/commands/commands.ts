// Ribbon commands (placeholder).
export {};
