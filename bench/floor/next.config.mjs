// The floor app's own (empty) configuration, so that Next.js does not pick up the product's.
const config = {};
export default config;
