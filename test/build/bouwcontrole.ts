/**
 * Where the build checks find the one production build of test/build/global-setup.js (made by
 * `npm run package` with a test IBT_PROD_URL): run them with `npm run test:build`.
 */
import * as path from "path";

export interface Bouwcontrole {
  /** The temporary directory holding the build and the zip. */
  map: string;
  /** The build (webpack's output). */
  dist: string;
  /** The IBT_PROD_URL it was built with. */
  url: string;
}

export function bouwcontrole(): Bouwcontrole {
  const map = process.env.IBT_BOUWCONTROLE_MAP;
  const url = process.env.IBT_BOUWCONTROLE_URL;
  if (!map || !url) {
    throw new Error(
      "Geen productiebuild: draai de bouwcontroles met npm run test:build (jest.build.config.js).",
    );
  }
  return { map, dist: path.join(map, "dist"), url };
}
