/**
 * Ribbon commands. The only ribbon button ("Controleren") opens the task pane (ShowTaskpane in
 * manifest.xml), so no function commands are registered here. In the shared runtime this bundle is
 * loaded by taskpane.html; commands.html loads it on its own, as Microsoft's templates do.
 */
Office.onReady(() => {
  // Nothing to register yet.
});
