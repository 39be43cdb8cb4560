// Excel custom functions in namespace IBT (placeholder until the functions land).
export {};
