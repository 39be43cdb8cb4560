// Entry of the task pane (placeholder until the task pane lands).
export {};
