// ESLint for the script the exported HTML page runs: plain ES2020 in a browser, with Leaflet's L.
import js from "@eslint/js";
import globals from "globals";

export default [
  js.configs.recommended,
  {
    files: ["gzmap/export/runtime/**/*.js"],
    languageOptions: {
      ecmaVersion: 2020,
      sourceType: "script",
      globals: { ...globals.browser, L: "readonly" },
    },
    rules: {
      "no-unused-vars": ["error", { args: "none" }],
      eqeqeq: ["error", "smart"],
      "no-implicit-globals": "error",
      "no-restricted-properties": ["error",
        { property: "innerHTML", message: "data reaches the page through textContent only" },
        { property: "outerHTML", message: "data reaches the page through textContent only" },
        { property: "insertAdjacentHTML", message: "data reaches the page through textContent only" }],
    },
  },
];
