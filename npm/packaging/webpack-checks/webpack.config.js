// What a webpack 5 user writes: no loader, no plugin, no experiment. The page (index.html,
// main.js) is the vite-checks project's, bundled by webpack instead.
module.exports = {
  mode: "production",
  entry: "./main.js",
};
