// Serves the production build for the end-to-end tests: the same path as `npm start`.
import "./start";
