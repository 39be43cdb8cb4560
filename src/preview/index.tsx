/**
 * Entry of the preview outside Excel (dist/preview.html): the same task pane against an in-memory
 * workbook loaded from voorbeeld.json next to the page. No office.js, nothing beyond the same origin.
 */
import { createRoot } from "react-dom/client";
import { Laden } from "./Laden";

const container = document.getElementById("container");
if (container) createRoot(container).render(<Laden url="voorbeeld.json" />);
