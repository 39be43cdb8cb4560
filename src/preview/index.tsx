// Entry of the browser preview (placeholder until the task pane lands).
export {};
